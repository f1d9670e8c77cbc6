<#import "template.ftl" as layout>
<#-- manual 1.5 (4)② 接続ID確認: the contract's connection ID, to be checked against what the contractor announced. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.setup.connectionId.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.setup.connectionId.lead")}</p>
        <dl class="mdrive-summary">
            <dt>${msg("mdrive.ad.connectionId")}</dt>
            <dd id="mdrive-setup-connection-id">${mdriveSetupConnectionId!""}</dd>
        </dl>
        <p class="mdrive-note">${msg("mdrive.setup.connectionId.keep")}</p>
        <form id="mdrive-setup-connection-id-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <button id="mdrive-setup-confirm" type="submit" name="confirm" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.setup.confirm")}</button>
            <button id="mdrive-setup-back" type="submit" name="back" value="true" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.setup.back")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
