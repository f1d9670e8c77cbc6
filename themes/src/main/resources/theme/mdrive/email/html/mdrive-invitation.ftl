<#import "template.ftl" as layout>
<#import "../mdrive-mail.ftl" as m>
<@layout.emailLayout>
<p>${msg("mdrive.mail.invitation.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}</p>
<p><@m.lines msg("mdrive.mail.invitation.body", m.typed(inviter), m.typed(user.lastName!""), m.typed(user.firstName!""), validDays)/></p>
<p>${msg("mdrive.mail.invitation.urlTitle")}</p>
<p><a href="${link}">${link}</a></p>
<p>=====<br><@m.lines msg("mdrive.mail.invitation.footer")/><br>=====</p>
</@layout.emailLayout>
