<#import "template.ftl" as layout>
<#-- R-PLAN-1, manual 0 ※1 ※2: a member of a free trial that has ended; the contractor learns until when the plan can become basic. -->
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg((mdriveContractUnreadable??)?then("mdrive.trial.unreadableTitle", "mdrive.trial.endedTitle"))}
    <#elseif section = "form">
        <#if mdriveContractUnreadable??>
            <p id="mdrive-trial-unreadable" class="mdrive-lead">${msg("mdrive.trial.unreadable")}</p>
        <#else>
            <p id="mdrive-trial-ended" class="mdrive-lead">${msg("mdrive.trial.ended")}</p>
            <#if mdrivePlanChangeLastDay??>
                <p id="mdrive-trial-plan-change" class="mdrive-lead">${msg("mdrive.trial.planChangeUntil", mdrivePlanChangeLastDay)}</p>
                <a id="mdrive-trial-settings-menu" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${url.resourcesPath?keep_before("/resources/")}/realms/${realm.name}/mdrive/settings?kc_locale=${locale.currentLanguageTag}">${msg("mdrive.trial.toSettingsMenu")}</a>
            <#else>
                <p id="mdrive-trial-ask-contractor" class="mdrive-lead">${msg("mdrive.trial.askContractor")}</p>
            </#if>
        </#if>
        <a id="mdrive-trial-back" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" href="${url.loginRestartFlowUrl}">${msg("mdrive.backToLogin")}</a>
    </#if>
</@layout.registrationLayout>
