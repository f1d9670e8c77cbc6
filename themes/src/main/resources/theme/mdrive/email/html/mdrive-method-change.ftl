<#import "template.ftl" as layout>
<#import "../mdrive-mail.ftl" as m>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}</p>
<p>${msg("mdrive.mail.thanks")}<br>${msg("mdrive.mail.methodChange.body")}</p>
<p><a href="${link}">${link}</a></p>
<p><@m.lines msg("mdrive.mail.methodChange.advice")/></p>
<p>${msg("mdrive.mail.methodChange.validity", validDays)}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
