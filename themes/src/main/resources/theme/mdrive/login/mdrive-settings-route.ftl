<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- manual 4.1 (4)(5) アクセス経路設定 and its confirmation. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg((mdriveConfirm??)?then("mdrive.settings.route.confirmTitle", "mdrive.settings.route.title"))}
    <#elseif section = "form">
        <form id="mdrive-settings-route-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if mdriveConfirm??>
                <p class="mdrive-lead">${msg("mdrive.settings.confirmLead")}</p>
                <dl class="mdrive-summary">
                    <dt>${msg("mdrive.settings.current")}</dt>
                    <dd id="mdrive-settings-current">${msg("mdrive.settings.route." + mdriveCurrentRoute)}</dd>
                    <dt>${msg("mdrive.settings.new")}</dt>
                    <dd id="mdrive-settings-new">${msg("mdrive.settings.route." + mdriveChosenRoute)}</dd>
                </dl>
                <@settings.confirmButtons label="mdrive.settings.route.change"/>
            <#else>
                <p class="mdrive-lead">${msg("mdrive.settings.route.lead")}</p>
                <p class="mdrive-note">${msg("mdrive.settings.route.allUsers")}</p>
                <#list ["line+internet", "line-only"] as route>
                    <div class="mdrive-radio">
                        <input type="radio" id="mdrive-route-${route?replace('+', '-')}" name="route" value="${route}" <#if mdriveChosenRoute == route>checked</#if>>
                        <label for="mdrive-route-${route?replace('+', '-')}"><strong>${msg("mdrive.settings.route." + route)}</strong><br>${msg("mdrive.settings.route." + route + ".help")}</label>
                    </div>
                </#list>
                <p class="mdrive-note">${msg("mdrive.settings.route.lines", mdriveLineCount)}</p>
                <#if mdriveLinesOffered!false>
                    <p class="mdrive-note">${msg("mdrive.settings.route.toLines")}</p>
                    <button id="mdrive-route-to-lines" type="submit" name="mdrive_open" value="lines" formnovalidate class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.item.lines")}</button>
                </#if>
                <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.set")}</button>
            </#if>
        </form>
        <#-- a confirmation answers with キャンセル or the change, nothing else -->
        <#if !mdriveConfirm??>
            <@settings.toMenu/>
        </#if>
    </#if>
</@layout.registrationLayout>
