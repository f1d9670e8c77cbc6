<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- manual 2.1 (2)(4) メールアドレス変更確認: the new address; password users set their password here. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password-new','password-confirm'); section>
    <#if section = "header">
        ${msg("mdrive.setup.email.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.setup.email.lead")}</p>
        <dl class="mdrive-summary">
            <dt>${msg("mdrive.setup.email.newAddress")}</dt>
            <dd id="mdrive-setup-new-email">${mdriveSetupNewEmail!""}</dd>
        </dl>
        <form id="mdrive-setup-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if mdriveSetupPasswordUser>
                <p id="mdrive-password-rule" class="mdrive-lead">${msg("mdrive.password.rule")}</p>
                <@field.password name="password-new" label=msg("mdrive.setup.password") autocomplete="new-password" autofocus=true />
                <@field.password name="password-confirm" label=msg("mdrive.setup.passwordConfirm") autocomplete="new-password" />
            </#if>
            <p id="mdrive-setup-two-step-note" class="mdrive-note">${msg("mdrive.setup.email.twoStepNote")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="mdrive-setup-submit" name="submit" label="mdrive.setup.register" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
