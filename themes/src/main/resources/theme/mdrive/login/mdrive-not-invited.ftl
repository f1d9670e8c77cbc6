<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#-- R-LOGIN-2: an identity-provider account that no contract registered; nobody is created. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("mdrive.notInvited.title")}
    <#elseif section = "form">
        <p id="mdrive-not-invited" class="mdrive-lead">${msg("mdrive.notInvited.message")}</p>
        <p class="mdrive-note">${msg("mdrive.loginMethod.signOutFirst")}</p>
        <a id="mdrive-back-to-login" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${url.loginRestartFlowUrl}">${msg("mdrive.backToLogin")}</a>
    </#if>
</@layout.registrationLayout>
