<#import "template.ftl" as layout>
<#import "../mdrive-mail.ftl" as m>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}</p>
<p>${msg("mdrive.mail.thanks")}<br>
<@m.lines msg("mdrive.mail.passwordReset.body")/></p>
<p><a href="${link}">${link}</a></p>
<p>${msg("mdrive.mail.passwordReset.validity", validDays)}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
