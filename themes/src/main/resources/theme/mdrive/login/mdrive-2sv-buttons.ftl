<#-- The manual's 「>」 button, and the secondary choices beside it, shared by every 2SV page. -->
<#macro next id>
    <button id="${id}" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" type="submit" aria-label="${msg("mdrive.2sv.nextLabel")}">${msg("mdrive.2sv.next")}</button>
</#macro>

<#macro secondary id action label>
    <button id="${id}" class="${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}" type="submit" name="mdrive_action" value="${action}" formnovalidate>${msg(label)}</button>
</#macro>

<#macro remember>
    <div class="${properties.kcFormGroupClass!}">
        <label for="remember" class="mdrive-checkbox">
            <input id="remember" name="remember" type="checkbox" value="on"/>
            <span>${msg("mdrive.2sv.remember")}</span>
        </label>
    </div>
</#macro>

<#-- R-2SV-2: 「QRコードでの認証はこちら」 and the way back, a link to the other method. A form of its own,
     so that nothing typed on the page goes along and Enter in a field still means 「>」. -->
<#macro switchMethod id action label>
    <form id="mdrive-2sv-switch-form" class="mdrive-2sv-switch" action="${url.loginAction}" method="post">
        <button id="${id}" class="pf-v5-c-button pf-m-link pf-m-inline" type="submit" name="mdrive_action" value="${action}">${msg(label)}</button>
    </form>
</#macro>
