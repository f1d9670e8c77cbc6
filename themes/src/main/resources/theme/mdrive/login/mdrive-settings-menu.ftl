<#import "template.ftl" as layout>
<#import "mdrive-settings-macros.ftl" as settings>
<#-- manual 2.1 (3) 認証・契約情報変更メニュー: only the items the viewer may use (R-MENU-1). -->
<#assign visible = mdriveSettingsVisible![]>
<#macro item id label>
    <#if visible?seq_contains(id)>
        <button id="mdrive-settings-open-${id}" type="submit" name="mdrive_open" value="${id}" class="${properties.kcButtonSecondaryClass!} mdrive-settings-item">${msg(label)}</button>
    </#if>
</#macro>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.settings.menu.title")}
    <#elseif section = "form">
        <p class="mdrive-lead">${msg("mdrive.settings.menu.lead")}</p>
        <form id="mdrive-settings-menu" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if visible?seq_contains("login-method") || visible?seq_contains("email") || visible?seq_contains("password")>
                <section id="mdrive-settings-group-credentials" class="mdrive-settings-group">
                    <h2>${msg("mdrive.settings.group.credentials")}</h2>
                    <#-- the note explains the メールアドレス変更 button, so only beside it -->
                    <p>${msg("mdrive.settings.group.credentialsLead")}<#if visible?seq_contains("email")><br><span id="mdrive-settings-email-note">${msg("mdrive.settings.group.credentialsEmailNote")}</span></#if></p>
                    <div class="mdrive-settings-items">
                        <@item id="login-method" label="mdrive.settings.item.login-method"/>
                        <@item id="email" label="mdrive.settings.item.email"/>
                        <@item id="password" label="mdrive.settings.item.password"/>
                    </div>
                </section>
            </#if>
            <#if visible?seq_contains("access-route") || visible?seq_contains("two-step") || visible?seq_contains("active-directory")>
                <section id="mdrive-settings-group-authentication" class="mdrive-settings-group">
                    <h2>${msg("mdrive.settings.group.authentication")}</h2>
                    <p>${msg("mdrive.settings.group.authenticationLead")}</p>
                    <div class="mdrive-settings-items">
                        <@item id="access-route" label="mdrive.settings.item.access-route"/>
                        <@item id="two-step" label="mdrive.settings.item.two-step"/>
                        <@item id="active-directory" label="mdrive.settings.item.active-directory"/>
                    </div>
                </section>
            </#if>
            <#if visible?seq_contains("contract") || visible?seq_contains("plan") || visible?seq_contains("cancellation")>
                <section id="mdrive-settings-group-contract" class="mdrive-settings-group">
                    <h2>${msg("mdrive.settings.group.contract")}</h2>
                    <p>${msg("mdrive.settings.group.contractLead")}</p>
                    <div class="mdrive-settings-items">
                        <@item id="contract" label="mdrive.settings.item.contract"/>
                        <@item id="plan" label="mdrive.settings.item.plan"/>
                        <@item id="cancellation" label="mdrive.settings.item.cancellation"/>
                    </div>
                </section>
            </#if>
            <#if visible?seq_contains("members")>
                <section id="mdrive-settings-group-administration" class="mdrive-settings-group">
                    <h2>${msg("mdrive.settings.group.administration")}</h2>
                    <p>${msg("mdrive.settings.group.administrationLead")}</p>
                    <div class="mdrive-settings-items">
                        <@item id="members" label="mdrive.settings.item.members"/>
                    </div>
                </section>
            </#if>
            <#if visible?seq_contains("lines")>
                <section id="mdrive-settings-group-lines" class="mdrive-settings-group">
                    <h2>${msg("mdrive.settings.group.lines")}</h2>
                    <p>${msg("mdrive.settings.group.linesLead")}</p>
                    <div class="mdrive-settings-items">
                        <@item id="lines" label="mdrive.settings.item.lines"/>
                    </div>
                </section>
            </#if>
            <button id="mdrive-settings-top" type="submit" name="mdrive_top" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.top")}</button>
        </form>
    </#if>
</@layout.registrationLayout>
