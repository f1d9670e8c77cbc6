<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#import "mdrive-2sv-buttons.ftl" as twoStep>
<#-- manual 1.1 (2) ③: the recovery code, shown this once; "リカバリコードを保存しました" must be ticked. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('saved'); section>
    <#if section = "header">
        ${msg("mdrive.2sv.recoveryCodeTitle")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.2sv.recoveryCodeLead")}</p>
        <pre id="mdrive-2sv-recovery-code" class="mdrive-recovery-code">${recoveryCode}</pre>
        <form id="mdrive-2sv-recovery-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <div class="${properties.kcFormGroupClass!}">
                <label for="saved" class="mdrive-checkbox">
                    <input id="saved" name="saved" type="checkbox" value="on" aria-invalid="<#if messagesPerField.existsError('saved')>true</#if>"/>
                    <span>${msg("mdrive.2sv.recoveryCodeSaved")}</span>
                </label>
                <#if messagesPerField.existsError('saved')>
                    <p id="input-error-saved" class="${properties.kcInputErrorMessageClass!}" aria-live="polite">${messagesPerField.get('saved')}</p>
                </#if>
            </div>
            <@twoStep.next id="mdrive-2sv-recovery-code-submit" />
        </form>
    </#if>
</@layout.registrationLayout>
