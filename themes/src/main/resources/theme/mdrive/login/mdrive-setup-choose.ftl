<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "mdrive-setup-method-name.ftl" as method>
<#-- manual 1.5 (2) 利用者ログイン登録 and 2.1 (1)(2) ログイン方法の設定: one page, the invitation's or the change's wording. -->
<#assign invitation = mdriveSetupPurpose == "invitation">
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password-new','password-confirm'); section>
    <#if section = "header">
        ${msg(invitation?then("mdrive.setup.invitation.title", "mdrive.setup.method-change.title"))}
    <#elseif section = "form">
        <#if !invitation>
            <p id="mdrive-setup-current" class="mdrive-lead">${msg("mdrive.setup.current")} <strong>${(mdriveSetupCurrentMethod??)?then(method.name(mdriveSetupCurrentMethod!""), "-")}</strong></p>
        </#if>
        <form id="mdrive-setup-choose-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if invitation>
                <p id="mdrive-password-rule" class="mdrive-lead">${msg("mdrive.password.rule")}</p>
                <@field.password name="password-new" label=msg("mdrive.setup.password") autocomplete="new-password" autofocus=true />
                <@field.password name="password-confirm" label=msg("mdrive.setup.passwordConfirm") autocomplete="new-password" />
                <@buttons.actionGroup>
                    <button id="mdrive-setup-password" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="choice" value="password">${msg("mdrive.setup.register")}</button>
                </@buttons.actionGroup>
                <p class="mdrive-separator">${msg("mdrive.login.or")}</p>
            <#else>
                <button id="mdrive-setup-password" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="choice" value="password">${method.name("password")}</button>
            </#if>
            <ul class="mdrive-federated-list">
                <#list mdriveSetupProviders as p>
                    <li>
                        <button id="mdrive-setup-${p.alias}" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="choice" value="${p.alias}">
                            <#assign n = method.name(p.alias, p.displayName)>${invitation?then(msg("mdrive.setup.registerWith", n), n)}
                        </button>
                    </li>
                </#list>
                <#if mdriveSetupConnectionId??>
                    <li>
                        <#assign n = method.name("ad")>
                        <button id="mdrive-setup-ad" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="choice" value="ad">${invitation?then(msg("mdrive.setup.registerWith", n), n)}</button>
                    </li>
                </#if>
            </ul>
        </form>
        <#if !invitation>
            <p id="mdrive-setup-facebook-note" class="mdrive-note">${msg("mdrive.setup.facebookNote")}</p>
        </#if>
        <p id="mdrive-setup-sign-out-advice" class="mdrive-note">${msg("mdrive.setup.signOutAdvice")}</p>
    </#if>
</@layout.registrationLayout>
