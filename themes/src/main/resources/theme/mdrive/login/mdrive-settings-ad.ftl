<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- Active Directory設定: the contract's ADFS by its metadata; the connection ID once issued. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.settings.ad.title")}
    <#elseif section = "form">
        <#if mdriveConnectionId?has_content>
            <dl class="mdrive-summary">
                <dt>${msg("mdrive.ad.connectionId")}</dt>
                <dd id="mdrive-settings-connection-id">${mdriveConnectionId}</dd>
            </dl>
        </#if>
        <p class="mdrive-lead">${msg("mdrive.settings.ad.lead")}</p>
        <form id="mdrive-settings-ad-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#list ["oidc", "saml"] as p>
                <div class="mdrive-radio">
                    <input type="radio" id="mdrive-ad-${p}" name="protocol" value="${p}" <#if (mdriveTyped.protocol!"oidc") == p>checked</#if>>
                    <label for="mdrive-ad-${p}">${msg("mdrive.settings.ad." + p)}</label>
                </div>
            </#list>
            <@field.input name="metadataUrl" label=msg("mdrive.settings.ad.metadataUrl") value=mdriveTyped.metadataUrl!"" autocomplete="off" />
            <@field.input name="clientId" label=msg("mdrive.settings.ad.clientId") value=mdriveTyped.clientId!"" autocomplete="off" />
            <@field.password name="clientSecret" label=msg("mdrive.settings.ad.clientSecret") autocomplete="off" />
            <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.set")}</button>
        </form>
        <@settings.toMenu/>
    </#if>
</@layout.registrationLayout>
