<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "field.ftl" as field>
<#import "mdrive-2sv-buttons.ftl" as twoStep>
<#-- manual 1.1 (2): enrolment's first page, SMS; (1) ① the mobile number that will receive the code,
     (2) ① 「QRコードでの認証はこちら」 to the authenticator app instead. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone'); section>
    <#if section = "header">
        ${msg("mdrive.2sv.title")}
    <#elseif section = "form">
        <p id="mdrive-2sv-enrol-lead" class="mdrive-lead">${msg("mdrive.2sv.enrolLead")}</p>
        <p id="mdrive-2sv-phone-lead" class="mdrive-lead">${msg("mdrive.2sv.phoneLead")}</p>
        <form id="mdrive-2sv-phone-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="phone" label=msg("mdrive.2sv.phone") value=(typedPhone!"") autocomplete="tel-national" autofocus=true />
            <p class="mdrive-hint">${msg("mdrive.2sv.phoneHint")}</p>
            <@twoStep.next id="mdrive-2sv-phone-submit" />
        </form>
        <p class="mdrive-note">${msg("mdrive.2sv.appLinkLead")}</p>
        <@twoStep.switchMethod id="mdrive-2sv-use-app" action="authenticator" label="mdrive.2sv.useApp" />
        <p class="mdrive-note">${msg("mdrive.2sv.resetNote")}</p>
    </#if>
</@layout.registrationLayout>
