<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- manual 4.2 回線認証設定: ① the access route, ② the line numbers (correct, 削除, add one), then 保存. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.settings.lines.title")}
    <#elseif section = "form">
        <form id="mdrive-settings-lines-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <h2 id="mdrive-lines-route-heading">${msg("mdrive.settings.lines.routeHeading")}</h2>
            <p class="mdrive-note">${msg("mdrive.settings.lines.allUsers")}</p>
            <#list ["line+internet", "line-only"] as route>
                <div class="mdrive-radio">
                    <input type="radio" id="mdrive-route-${route?replace('+', '-')}" name="route" value="${route}" <#if mdriveChosenRoute == route>checked</#if>>
                    <label for="mdrive-route-${route?replace('+', '-')}"><strong>${msg("mdrive.settings.route." + route)}</strong><br>${msg("mdrive.settings.route." + route + ".help")}</label>
                </div>
            </#list>
            <h2 id="mdrive-lines-numbers-heading">${msg("mdrive.settings.lines.numbersHeading")}</h2>
            <p class="mdrive-lead">${msg("mdrive.settings.lines.numbersLead")}</p>
            <p class="mdrive-note">${msg("mdrive.settings.lines.numbersNote")}</p>
            <#if mdriveLines?has_content>
                <#list mdriveLines as line>
                    <div class="${properties.kcFormGroupClass!} mdrive-line-row">
                        <label for="mdrive-line-${line?index}" class="${properties.kcLabelClass!}">${msg("mdrive.settings.lines.number")} ${line?counter}</label>
                        <input type="text" id="mdrive-line-${line?index}" name="line" value="${line}" maxlength="32" autocomplete="off" class="${properties.kcInputClass!}">
                        <div class="mdrive-checkbox">
                            <input type="checkbox" id="mdrive-line-remove-${line?index}" name="remove" value="${line?index}">
                            <label for="mdrive-line-remove-${line?index}">${msg("mdrive.settings.lines.remove")}</label>
                        </div>
                    </div>
                </#list>
            <#else>
                <p id="mdrive-lines-none" class="mdrive-note">${msg("mdrive.settings.lines.none")}</p>
            </#if>
            <div class="${properties.kcFormGroupClass!}">
                <label for="mdrive-line-new" class="${properties.kcLabelClass!}">${msg("mdrive.settings.lines.add")}</label>
                <input type="text" id="mdrive-line-new" name="line" value="" maxlength="32" autocomplete="off" placeholder="CAF0000000000" class="${properties.kcInputClass!}">
            </div>
            <p class="mdrive-note">${msg("mdrive.settings.lines.saveLead")}</p>
            <button id="mdrive-settings-submit" type="submit" name="save" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.lines.save")}</button>
        </form>
        <@settings.toMenu/>
    </#if>
</@layout.registrationLayout>
