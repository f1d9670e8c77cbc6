<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- manual 3 (4) パスワード変更: current, new, new again. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-new','password-confirm'); section>
    <#if section = "header">
        ${msg("mdrive.settings.password.title")}
    <#elseif section = "form">
        <p id="mdrive-password-rule" class="mdrive-lead">${msg("mdrive.password.rule")}</p>
        <form id="mdrive-settings-password-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password" label=msg("mdrive.settings.password.current") autocomplete="current-password" autofocus=true />
            <@field.password name="password-new" label=msg("mdrive.settings.password.new") autocomplete="new-password" />
            <@field.password name="password-confirm" label=msg("mdrive.settings.password.confirm") autocomplete="new-password" />
            <@buttons.actionGroup>
                <@buttons.button id="mdrive-settings-submit" name="submit" label="mdrive.settings.password.submit" />
            </@buttons.actionGroup>
        </form>
        <@settings.toMenu/>
    </#if>
</@layout.registrationLayout>
