<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#-- manual 1.1 (2): the first 2SV page offers SMS first (recommended) and Authenticator second. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.2sv.title")}
    <#elseif section = "form">
        <form id="mdrive-2sv-choose-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <div class="mdrive-2sv-choice">
                <p class="mdrive-lead">${msg("mdrive.2sv.chooseSmsLead")}</p>
                <button id="mdrive-2sv-choose-sms" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="mdrive_action" value="sms">${msg("mdrive.2sv.sms")}</button>
            </div>
            <div class="mdrive-2sv-choice">
                <p class="mdrive-lead">${msg("mdrive.2sv.chooseAuthenticatorLead")}</p>
                <button id="mdrive-2sv-choose-authenticator" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="mdrive_action" value="authenticator">${msg("mdrive.2sv.authenticator")}</button>
            </div>
        </form>
        <p class="mdrive-note">${msg("mdrive.2sv.resetNote")}</p>
    </#if>
</@layout.registrationLayout>
