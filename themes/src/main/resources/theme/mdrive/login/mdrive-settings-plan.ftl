<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- プラン変更: a trial becomes basic after a confirmation; on basic the page only shows the plan. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg((mdriveConfirm??)?then("mdrive.settings.plan.confirmTitle", "mdrive.settings.plan.title"))}
    <#elseif section = "form">
        <dl class="mdrive-summary">
            <dt>${msg("mdrive.settings.plan.current")}</dt>
            <dd id="mdrive-settings-plan">${msg("mdrive.settings.plan." + mdrivePlan)}</dd>
            <#if mdriveTrialEndsOn?has_content>
                <dt>${msg("mdrive.settings.plan.trialEnds")}</dt>
                <dd id="mdrive-settings-trial-ends">${mdriveTrialEndsOn}</dd>
            </#if>
        </dl>
        <#if mdrivePlan == "trial">
            <form id="mdrive-settings-plan-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <#if mdriveConfirm??>
                    <p class="mdrive-lead">${msg("mdrive.settings.plan.confirmLead")}</p>
                    <@settings.confirmButtons label="mdrive.settings.plan.change"/>
                <#else>
                    <p class="mdrive-lead">${msg("mdrive.settings.plan.lead")}</p>
                    <button id="mdrive-settings-submit" type="submit" name="submit" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.plan.toBasic")}</button>
                </#if>
            </form>
        <#else>
            <p id="mdrive-settings-plan-none" class="mdrive-lead">${msg("mdrive.settings.plan.nothingToChange")}</p>
        </#if>
        <#-- a confirmation answers with キャンセル or the change, nothing else -->
        <#if !mdriveConfirm??>
            <@settings.toMenu/>
        </#if>
    </#if>
</@layout.registrationLayout>
