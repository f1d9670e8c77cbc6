<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#-- R-LINE-4: a line-only contract's member signing in from elsewhere than a registered line. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("mdrive.line.refusedTitle")}
    <#elseif section = "form">
        <p id="mdrive-line-refused" class="mdrive-lead">${msg("mdrive.line.refused")}</p>
        <p id="mdrive-line-ask-contractor" class="mdrive-lead">${msg("mdrive.line.askContractor")}</p>
        <p id="mdrive-line-contractor-note" class="mdrive-note">${msg("mdrive.line.contractorNote")}</p>
        <a id="mdrive-line-back" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${url.loginRestartFlowUrl}">${msg("mdrive.backToLogin")}</a>
    </#if>
</@layout.registrationLayout>
