<#import "template.ftl" as layout>
<#import "mdrive-setup-method-name.ftl" as method>
<#-- manual 1.5 (3) 申込確認: what will be registered; the password is never shown. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.setup.confirm.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.setup.confirm.lead")}</p>
        <dl class="mdrive-summary">
            <dt>${msg("mdrive.setup.confirm.method")}</dt>
            <dd id="mdrive-setup-confirm-method">${msg("mdrive.setup.registerWith", method.name(mdriveSetupMethod!"password"))}</dd>
            <dt id="mdrive-setup-confirm-email-label">${msg("mdrive.setup.confirm.email")}</dt>
            <dd id="mdrive-setup-confirm-email">${mdriveSetupEmail!""}</dd>
            <#if mdriveSetupMethod! == "password">
                <dt>${msg("mdrive.setup.password")}</dt>
                <dd id="mdrive-setup-confirm-password">${msg("mdrive.setup.confirm.hidden")}</dd>
            </#if>
            <#if mdriveSetupMethod! == "ad">
                <dt>${msg("mdrive.ad.connectionId")}</dt>
                <dd id="mdrive-setup-confirm-connection-id">${mdriveSetupConnectionId!""}</dd>
            </#if>
        </dl>
        <form id="mdrive-setup-confirm-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <div class="mdrive-confirm-buttons">
            <button id="mdrive-setup-back" type="submit" name="back" value="true" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.setup.cancel")}</button>
            <button id="mdrive-setup-confirm" type="submit" name="confirm" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.setup.confirm")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
