<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- manual 5.1 (4)(5) 2段階認証設定 and 設定確認 with its required acknowledgement. -->
<#macro setting on>${msg(on?then("mdrive.settings.2sv.enable", "mdrive.settings.2sv.disable"))}</#macro>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg((mdriveConfirm??)?then("mdrive.settings.2sv.confirmTitle", "mdrive.settings.2sv.title"))}
    <#elseif section = "form">
        <form id="mdrive-settings-2sv-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if mdriveConfirm??>
                <p class="mdrive-lead">${msg("mdrive.settings.confirmLead")}</p>
                <p class="mdrive-note">${msg("mdrive.settings.2sv.riskNote")}<br>${msg("mdrive.settings.2sv.federatedNote")}</p>
                <div class="mdrive-checkbox">
                    <input type="checkbox" id="mdrive-settings-understood" name="understood">
                    <label for="mdrive-settings-understood">${msg("mdrive.settings.2sv.understood")}</label>
                </div>
                <dl class="mdrive-summary">
                    <dt>${msg("mdrive.settings.current")}</dt>
                    <dd id="mdrive-settings-current"><@setting on=mdriveCurrentTwoStep/></dd>
                    <dt>${msg("mdrive.settings.new")}</dt>
                    <dd id="mdrive-settings-new"><@setting on=mdriveChosenTwoStep/></dd>
                </dl>
                <@settings.confirmButtons label="mdrive.settings.set"/>
            <#else>
                <p class="mdrive-lead">${msg("mdrive.settings.2sv.heading")}</p>
                <#list [true, false] as on>
                    <div class="mdrive-radio">
                        <input type="radio" id="mdrive-2sv-${on?c}" name="enabled" value="${on?c}" <#if mdriveChosenTwoStep == on>checked</#if> <#if mdriveLineOnly>disabled</#if>>
                        <label for="mdrive-2sv-${on?c}"><@setting on=on/></label>
                    </div>
                </#list>
                <p id="mdrive-settings-line-only-note" class="mdrive-note">${msg("mdrive.settings.2sv.lineOnlyNote")}</p>
                <p class="mdrive-note">${msg("mdrive.settings.2sv.warning")}</p>
                <#if !mdriveLineOnly>
                    <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.set")}</button>
                </#if>
            </#if>
        </form>
        <#-- a confirmation answers with キャンセル or the change, nothing else -->
        <#if !mdriveConfirm??>
            <@settings.toMenu/>
        </#if>
    </#if>
</@layout.registrationLayout>
