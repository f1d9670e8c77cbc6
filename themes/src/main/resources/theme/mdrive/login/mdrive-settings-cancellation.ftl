<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- 解約: what it means, a confirmation with a required acknowledgement, then the done page. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg((mdriveConfirm??)?then("mdrive.settings.cancellation.confirmTitle", "mdrive.settings.cancellation.title"))}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.settings.cancellation.lead")}</p>
        <form id="mdrive-settings-cancellation-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if mdriveConfirm??>
                <div class="mdrive-checkbox">
                    <input type="checkbox" id="mdrive-settings-understood" name="understood">
                    <label for="mdrive-settings-understood">${msg("mdrive.settings.cancellation.understood")}</label>
                </div>
                <@settings.confirmButtons label="mdrive.settings.cancellation.submit"/>
            <#else>
                <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.cancellation.next")}</button>
            </#if>
        </form>
        <#-- a confirmation answers with キャンセル or the change, nothing else -->
        <#if !mdriveConfirm??>
            <@settings.toMenu/>
        </#if>
    </#if>
</@layout.registrationLayout>
