<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- manual 1.1: the M-Drive login screen. Layout and field macros come from keycloak.v2; only the
     arrangement and the words are ours. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password'); section>
    <#-- manual 2.1 (2): signing in to the settings menu is the 認証・契約情報変更ログイン page -->
    <#assign forSettings = (client.clientId!"") == "mdrive-settings">
    <#if section = "header">
        ${forSettings?then(msg("mdrive.settings.login.title"), msg("loginAccountTitle"))}
    <#elseif section = "form">
        <#if forSettings>
            <p id="mdrive-settings-login-lead" class="mdrive-lead">${msg("mdrive.settings.login.lead")}</p>
        <#else>
            <p id="mdrive-settings-menu" class="mdrive-lead">
                ${msg("mdrive.login.settingsMenuLead")}<a id="mdrive-settings-menu-link" href="${url.resourcesPath?keep_before("/resources/")}/realms/${realm.name}/mdrive/settings?kc_locale=${locale.currentLanguageTag}">${msg("mdrive.login.settingsMenuLink")}</a>
            </p>
        </#if>
        <div id="kc-form">
          <div id="kc-form-wrapper">
            <#if realm.password>
                <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
                    <#if !usernameHidden??>
                        <@field.input name="username" label=msg("email") error=messagesPerField.getFirstError('username','password')
                            autofocus=true autocomplete="username" value=login.username!'' />
                    </#if>
                    <@field.password name="password" label=msg("password") error="" autofocus=usernameHidden?? autocomplete="current-password" />
                    <input type="hidden" id="id-hidden-input" name="credentialId" <#if auth.selectedCredential?has_content>value="${auth.selectedCredential}"</#if>/>
                    <@buttons.loginButton />
                </form>
            </#if>
            <#if realm.resetPasswordAllowed>
                <p class="mdrive-forgot-password">
                    <#-- manual 6.2 (1): the address typed above goes along to the reset page. -->
                    <a id="mdrive-forgot-password" href="${url.loginResetCredentialsUrl}"
                       onclick="var u = document.getElementById('username'); if (u && u.value) { this.href += (this.href.indexOf('?') < 0 ? '?' : '&') + 'username=' + encodeURIComponent(u.value); }">${msg("mdrive.login.forgotPassword")}</a>
                </p>
            </#if>
          </div>
        </div>
    <#elseif section = "socialProviders">
        <#assign adLogin = (auth.authenticationSelections![])?filter(o -> o.authenticationExecution.authenticator == "mdrive-connection-id")>
        <#if (social.providers?? && social.providers?has_content) || adLogin?has_content>
            <div id="mdrive-federated" class="mdrive-federated">
                <p class="mdrive-separator">${msg("mdrive.login.or")}</p>
                <ul class="mdrive-federated-list">
                    <#list social.providers![] as p>
                        <li>
                            <a id="social-${p.alias}" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${p.loginUrl}">
                                <#-- the manual's wording for our IdPs; any other IdP keeps its display name -->
                                <#assign labelKey = "mdrive.login.idp." + p.alias>
                                <#assign label = msg(labelKey)>
                                ${(label == labelKey)?then(p.displayName!p.alias, label)}
                            </a>
                        </li>
                    </#list>
                    <#list adLogin as option>
                        <li>
                            <#-- manual 1.3: AD sign-in starts with the contract's connection ID -->
                            <form id="mdrive-ad-login" action="${url.loginAction}" method="post" novalidate="novalidate">
                                <input type="hidden" name="authenticationExecution" value="${option.authExecId}"/>
                                <button id="mdrive-ad-button" type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.login.activeDirectory")}</button>
                            </form>
                        </li>
                    </#list>
                </ul>
            </div>
        </#if>
    </#if>
</@layout.registrationLayout>
