<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- The done page of a settings item, with the way back to the menu (manual 3 (5)). -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg(mdriveDoneTitle)}
    <#elseif section = "form">
        <p id="mdrive-done-message" class="mdrive-lead">${msg(mdriveDoneMessage, mdriveSentTo!"")}</p>
        <#if mdriveNoMenu??>
            <form action="${url.loginAction}" method="post" novalidate="novalidate">
                <button id="mdrive-settings-top" type="submit" name="mdrive_top" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.top")}</button>
            </form>
        <#else>
            <@settings.toMenu label="mdrive.settings.toMenu"/>
        </#if>
    </#if>
</@layout.registrationLayout>
