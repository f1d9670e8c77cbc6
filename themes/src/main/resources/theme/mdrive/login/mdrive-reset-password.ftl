<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- manual 6.2 (3): リセットパスワード, the password rule above the two fields. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password-new','password-confirm'); section>
    <#if section = "header">
        ${msg("mdrive.reset.title")}
    <#elseif section = "form">
        <p id="mdrive-password-rule" class="mdrive-lead">${msg("mdrive.password.rule")}</p>
        <p id="mdrive-reset-two-step-note" class="mdrive-note">${msg("mdrive.reset.twoStepNote")}</p>
        <form id="mdrive-reset-password-form" class="${properties.kcFormClass!}" onsubmit="submit.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("mdrive.reset.newPassword") autocomplete="new-password" autofocus=true />
            <@field.password name="password-confirm" label=msg("mdrive.reset.newPasswordConfirm") autocomplete="new-password" />
            <@buttons.actionGroup>
                <@buttons.button id="mdrive-reset-submit" name="submit" label="mdrive.reset.submit" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>
