<#-- Shared pieces of the settings pages: the way back to the menu and the page's own back button. -->
<#-- The user is signed in by now: no "restart login" box with the address, as the sign-in pages have. -->
<#import "mdrive-no-username.ftl" as noUsername>
<#macro toMenu label="mdrive.settings.backToMenu">
    <form id="mdrive-settings-menu-form" action="${url.loginAction}" method="post" novalidate="novalidate">
        <button id="mdrive-settings-to-menu" type="submit" name="mdrive_menu" value="true" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg(label)}</button>
    </form>
</#macro>

<#macro back label="mdrive.setup.back">
    <button id="mdrive-settings-back" type="submit" name="back" value="true" formnovalidate class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}">${msg(label)}</button>
</#macro>

<#-- A confirmation page's answer: キャンセル (back to the form) and the change itself, side by side in
     the manual's order. -->
<#macro confirmButtons label cancel="mdrive.setup.cancel">
    <div class="mdrive-confirm-buttons">
        <@back label=cancel/>
        <button id="mdrive-settings-confirm" type="submit" name="confirm" value="true" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}">${msg(label)}</button>
    </div>
</#macro>
