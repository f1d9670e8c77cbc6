<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#-- R-LOGIN-5: each user signs in one way only; this page names theirs. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("mdrive.loginMethod.refusedTitle")}
    <#elseif section = "form">
        <p id="mdrive-login-method-refused" class="mdrive-lead">${msg("mdrive.loginMethod.refused", msg("mdrive.loginMethod." + mdriveLoginMethod))}</p>
        <p class="mdrive-note">${msg("mdrive.loginMethod.signOutFirst")}</p>
        <a id="mdrive-back-to-login" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${url.loginRestartFlowUrl}">${msg("mdrive.backToLogin")}</a>
    </#if>
</@layout.registrationLayout>
