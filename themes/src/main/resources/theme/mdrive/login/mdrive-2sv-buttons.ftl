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
