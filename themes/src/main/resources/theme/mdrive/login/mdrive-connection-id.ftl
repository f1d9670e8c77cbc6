<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#-- manual 1.3: the connection-ID page on the way to the contract's Active Directory. -->
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('connection_id'); section>
    <#if section = "header">
        ${msg("mdrive.ad.title")}
    <#elseif section = "form">
        <p id="mdrive-ad-lead" class="mdrive-lead">${msg("mdrive.ad.lead")}</p>
        <form id="mdrive-connection-id-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="connection_id" label=msg("mdrive.ad.connectionId") value=typedConnectionId!'' autofocus=true autocomplete="off" />
            <@buttons.actionGroup>
                <@buttons.button id="mdrive-ad-submit" name="login" label="mdrive.ad.submit" />
            </@buttons.actionGroup>
        </form>
        <#list (auth.authenticationSelections![])?filter(o -> o.authenticationExecution.authenticator == "mdrive-password-form") as option>
            <form id="mdrive-ad-back" action="${url.loginAction}" method="post" novalidate="novalidate">
                <input type="hidden" name="authenticationExecution" value="${option.authExecId}"/>
                <button id="mdrive-ad-back-button" type="submit" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.ad.back")}</button>
            </form>
        </#list>
    </#if>
</@layout.registrationLayout>
