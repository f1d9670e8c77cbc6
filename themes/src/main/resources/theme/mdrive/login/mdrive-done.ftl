<#import "template.ftl" as layout>
<#-- The manual's completion pages: what was done, and OK back to the login. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg(mdriveDoneTitle)}
    <#elseif section = "form">
        <p id="mdrive-done-message" class="mdrive-lead">${msg(mdriveDoneMessage)}</p>
        <a id="mdrive-done-ok" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${mdriveOkUri}">${msg("mdrive.done.ok")}</a>
    </#if>
</@layout.registrationLayout>
