<#import "template.ftl" as layout>
<#import "mdrive-no-username.ftl" as noUsername>
<#-- The manual's completion pages: what was done, and the one way on that mdriveDoneWay names:
     OK back to the login ("login"), back to the settings menu ("menu", manual 3 (5)),
     or to the top when there is no menu left ("top"). -->
<#assign way = mdriveDoneWay!"login">
<#if way != "login">
    <#import "mdrive-settings-macros.ftl" as settings>
</#if>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg(mdriveDoneTitle)}
    <#elseif section = "form">
        <p id="mdrive-done-message" class="mdrive-lead">${msg(mdriveDoneMessage, mdriveSentTo!"")}</p>
        <#if way = "login">
            <a id="mdrive-done-ok" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${mdriveOkUri}">${msg("mdrive.done.ok")}</a>
        <#elseif way = "top">
            <form action="${url.loginAction}" method="post" novalidate="novalidate">
                <button id="mdrive-settings-top" type="submit" name="mdrive_top" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.top")}</button>
            </form>
        <#else>
            <@settings.toMenu label="mdrive.settings.toMenu"/>
        </#if>
    </#if>
</@layout.registrationLayout>
