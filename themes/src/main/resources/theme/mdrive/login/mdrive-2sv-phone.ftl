<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "field.ftl" as field>
<#import "mdrive-2sv-buttons.ftl" as twoStep>
<#-- manual 1.1 (2)(1) ①: the mobile number that will receive the code. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('phone'); section>
    <#if section = "header">
        ${msg("mdrive.2sv.title")}
    <#elseif section = "form">
        <p id="mdrive-2sv-phone-lead" class="mdrive-lead">${msg("mdrive.2sv.phoneLead")}</p>
        <form id="mdrive-2sv-phone-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="phone" label=msg("mdrive.2sv.phone") value=(typedPhone!"") autocomplete="tel-national" autofocus=true />
            <p class="mdrive-hint">${msg("mdrive.2sv.phoneHint")}</p>
            <@twoStep.next id="mdrive-2sv-phone-submit" />
            <@twoStep.secondary id="mdrive-2sv-back" action="back" label="mdrive.2sv.back" />
        </form>
    </#if>
</@layout.registrationLayout>
