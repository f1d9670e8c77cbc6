<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "field.ftl" as field>
<#import "mdrive-2sv-buttons.ftl" as twoStep>
<#-- manual 1.1 (2)(2) ②: reached by 「QRコードでの認証はこちら」; the QR code (and its key as text) for the app, then the app's first code. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg("mdrive.2sv.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.2sv.appScanLead")}</p>
        <img id="mdrive-2sv-qr-code" class="mdrive-qr-code" src="data:image/png;base64, ${totpQrCode}" alt="${msg("mdrive.2sv.qrCodeAlt")}"/>
        <p class="mdrive-hint">${msg("mdrive.2sv.appKeyLead")}</p>
        <p class="mdrive-secret"><code id="mdrive-2sv-secret">${totpSecret}</code></p>
        <form id="mdrive-2sv-authenticator-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg("mdrive.2sv.appCode") autocomplete="one-time-code" autofocus=true />
            <@twoStep.remember />
            <@twoStep.next id="mdrive-2sv-code-submit" />
        </form>
        <@twoStep.switchMethod id="mdrive-2sv-use-sms" action="sms" label="mdrive.2sv.useSms" />
    </#if>
</@layout.registrationLayout>
