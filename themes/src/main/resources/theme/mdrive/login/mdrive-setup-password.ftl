<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- manual 2.1 (1)(3)① メールアドレス・パスワード認証の設定: the address, the rule, the password twice. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password-new','password-confirm'); section>
    <#if section = "header">
        ${msg("mdrive.setup.password.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.setup.password.heading")}<br>${msg("mdrive.setup.password.lead")}</p>
        <p id="mdrive-setup-email" class="mdrive-lead"><strong>${mdriveSetupEmail!""}</strong></p>
        <p id="mdrive-password-rule" class="mdrive-lead">${msg("mdrive.password.rule")}</p>
        <form id="mdrive-setup-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("mdrive.setup.password") autocomplete="new-password" autofocus=true />
            <@field.password name="password-confirm" label=msg("mdrive.setup.passwordConfirm") autocomplete="new-password" />
            <@buttons.actionGroup>
                <@buttons.button id="mdrive-setup-submit" name="submit" label="mdrive.setup.register" />
            </@buttons.actionGroup>
        </form>
        <form id="mdrive-setup-back-form" action="${url.loginAction}" method="post" novalidate="novalidate">
            <button id="mdrive-setup-back" type="submit" name="back" value="true" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.setup.back")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
