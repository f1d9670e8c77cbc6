<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#-- manual 1.1 (2) ④: 2段階認証完了, and ログインする goes on into the service. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("mdrive.2sv.doneTitle")}
    <#elseif section = "form">
        <p id="mdrive-done-message" class="mdrive-lead">${msg("mdrive.2sv.doneMessage")}</p>
        <form id="mdrive-2sv-done-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <button id="mdrive-2sv-login" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit">${msg("mdrive.2sv.login")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
