<#import "template.ftl" as layout>
<#import "../mdrive-mail.ftl" as m>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}</p>
<p>${msg("mdrive.mail.thanks")}<br>
<@m.lines msg("mdrive.mail.accountLocked.body")/></p>
<p><a href="${link}">${link}</a></p>
<p>${msg("mdrive.mail.accountLocked.validity", validDays)}</p>
<p>${msg("mdrive.mail.accountLocked.expired")}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
