<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "field.ftl" as field>
<#import "mdrive-2sv-buttons.ftl" as twoStep>
<#-- manual 5.2: when the phone is lost, the recovery code passes 2SV once; enrolment follows. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('recovery_code'); section>
    <#if section = "header">
        ${msg("mdrive.2sv.recoveryTitle")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.2sv.recoveryLead")}</p>
        <form id="mdrive-2sv-recovery-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="recovery_code" label=msg("mdrive.2sv.recoveryCode") autofocus=true />
            <@twoStep.next id="mdrive-2sv-recovery-submit" />
            <@twoStep.secondary id="mdrive-2sv-back" action="back" label="mdrive.2sv.back" />
        </form>
    </#if>
</@layout.registrationLayout>
