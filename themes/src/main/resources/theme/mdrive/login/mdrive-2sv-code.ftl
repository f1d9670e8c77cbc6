<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "field.ftl" as field>
<#import "mdrive-2sv-buttons.ftl" as twoStep>
<#-- manual 1.1 (2)(1) ②: the SMS code (enrolment and login), and the authenticator app's code at login. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
    <#if section = "header">
        ${msg("mdrive.2sv.title")}
    <#elseif section = "form">
        <#assign bySms = mdriveStep != "authenticator">
        <p id="mdrive-2sv-code-lead" class="mdrive-lead">
            <#if bySms>${msg("mdrive.2sv.smsCodeLead", maskedPhone)}<#else>${msg("mdrive.2sv.appCodeLead")}</#if>
        </p>
        <form id="mdrive-2sv-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="code" label=msg(bySms?then("mdrive.2sv.smsCode", "mdrive.2sv.appCode")) autocomplete="one-time-code" autofocus=true />
            <@twoStep.remember />
            <@twoStep.next id="mdrive-2sv-code-submit" />
            <#if bySms>
                <@twoStep.secondary id="mdrive-2sv-resend" action="resend" label="mdrive.2sv.resend" />
            </#if>
            <#if mdriveStep == "phone-code">
                <@twoStep.secondary id="mdrive-2sv-back" action="back" label="mdrive.2sv.changePhone" />
            <#else>
                <@twoStep.secondary id="mdrive-2sv-use-recovery" action="recovery" label="mdrive.2sv.useRecoveryCode" />
            </#if>
        </form>
        <#if bySms>
            <p class="mdrive-note">${msg("mdrive.2sv.smsNotReceived")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
