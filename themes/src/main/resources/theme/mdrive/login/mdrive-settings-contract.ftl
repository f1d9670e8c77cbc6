<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- 契約情報変更: the contract holder's details, a confirmation, then the done page. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg((mdriveConfirm??)?then("mdrive.settings.contract.confirmTitle", "mdrive.settings.contract.title"))}
    <#elseif section = "form">
        <form id="mdrive-settings-contract-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if mdriveConfirm??>
                <p class="mdrive-lead">${msg("mdrive.settings.confirmLead")}</p>
                <dl class="mdrive-summary">
                    <#list ["name", "company", "address", "phone"] as f>
                        <dt>${msg("mdrive.settings.contract." + f)}</dt>
                        <dd id="mdrive-settings-contract-${f}">${mdriveHolder[f]}</dd>
                    </#list>
                </dl>
                <@settings.confirmButtons label="mdrive.settings.change" cancel="mdrive.setup.back"/>
            <#else>
                <#list ["name", "company", "address", "phone"] as f>
                    <@field.input name=f label=msg("mdrive.settings.contract." + f) value=mdriveHolder[f] autocomplete="off" />
                </#list>
                <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.next")}</button>
            </#if>
        </form>
        <#-- a confirmation answers with キャンセル or the change, nothing else -->
        <#if !mdriveConfirm??>
            <@settings.toMenu/>
        </#if>
    </#if>
</@layout.registrationLayout>
