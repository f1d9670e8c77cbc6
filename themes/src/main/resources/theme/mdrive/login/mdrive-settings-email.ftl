<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- manual 2.1 (2)(2) メールアドレス変更: the new address twice, メール送信. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.settings.email.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.settings.email.heading")}<br>${msg("mdrive.settings.email.lead")}</p>
        <form id="mdrive-settings-email-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="email" label=msg("mdrive.settings.email.new") value=typedEmail!"" autocomplete="email" autofocus=true />
            <@field.input name="email-confirm" label=msg("mdrive.settings.email.confirm") autocomplete="off" />
            <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.email.send")}</button>
        </form>
        <@settings.toMenu label="mdrive.setup.back"/>
    </#if>
</@layout.registrationLayout>
