<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "mdrive-settings-macros.ftl" as settings>
<#import "mdrive-setup-method-name.ftl" as method>
<#-- 利用者管理 (manual 1.5, 2.2): register a user; send a member a login-method or an e-mail change link. -->
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        ${msg("mdrive.settings.members.title")}
    <#elseif section = "form">
        <h2 class="mdrive-members-title">${msg("mdrive.settings.members.register")}</h2>
        <form id="mdrive-settings-invite-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="hidden" name="mdrive_action" value="invite">
            <@field.input name="email" label=msg("mdrive.settings.members.email") value=(typed.email)!"" autocomplete="off" />
            <@field.input name="lastName" label=msg("mdrive.settings.members.lastName") value=(typed.lastName)!"" autocomplete="off" />
            <@field.input name="firstName" label=msg("mdrive.settings.members.firstName") value=(typed.firstName)!"" autocomplete="off" />
            <div class="mdrive-checkbox">
                <input type="checkbox" id="mdrive-invite-admin" name="admin">
                <label for="mdrive-invite-admin">${msg("mdrive.settings.members.admin")}</label>
            </div>
            <button id="mdrive-settings-invite" type="submit" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg("mdrive.settings.members.invite")}</button>
        </form>
        <h2 class="mdrive-members-title">${msg("mdrive.settings.members.list")}</h2>
        <p class="mdrive-note">${msg("mdrive.settings.members.notBoth")}</p>
        <table id="mdrive-settings-members" class="mdrive-members">
            <#list mdriveMembers as m>
                <tr id="mdrive-member-${m.id}">
                    <td>${m.name}<br><small>${m.email}</small></td>
                    <td>${msg("mdrive.settings.members.role." + m.role)}<br><small><#if m.loginMethod?has_content>${method.name(m.loginMethod)}<#else>${msg("mdrive.settings.members.notRegistered")}</#if></small></td>
                    <td>
                        <form action="${url.loginAction}" method="post" novalidate="novalidate">
                            <input type="hidden" name="mdrive_action" value="method-link">
                            <input type="hidden" name="member" value="${m.id}">
                            <button id="mdrive-method-link-${m.id}" type="submit" class="${properties.kcButtonSecondaryClass!}">${msg("mdrive.settings.members.methodLink")}</button>
                        </form>
                        <form action="${url.loginAction}" method="post" novalidate="novalidate">
                            <input type="hidden" name="mdrive_action" value="email-link">
                            <input type="hidden" name="member" value="${m.id}">
                            <label for="mdrive-email-link-address-${m.id}">${msg("mdrive.settings.members.newEmail")}</label>
                            <input id="mdrive-email-link-address-${m.id}" type="email" name="email" class="${properties.kcInputClass!}">
                            <button id="mdrive-email-link-${m.id}" type="submit" class="${properties.kcButtonSecondaryClass!}">${msg("mdrive.settings.members.emailLink")}</button>
                        </form>
                    </td>
                </tr>
            </#list>
        </table>
        <@settings.toMenu/>
    </#if>
</@layout.registrationLayout>
