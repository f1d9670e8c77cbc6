<#import "template.ftl" as layout>
<#import "../mdrive-mail.ftl" as m>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}</p>
<p>${msg("mdrive.mail.thanks")}</p>
<p><@m.lines msg("mdrive.mail.adConnectionId.body")/></p>
<p>${msg("mdrive.mail.adConnectionId.urls")}</p>
<ul>
<li><a href="${internetUrl}">${msg("mdrive.mail.adConnectionId.internet", internetUrl)}</a></li>
<li><a href="${lineUrl}">${msg("mdrive.mail.adConnectionId.line", lineUrl)}</a></li>
</ul>
<p>${msg("mdrive.mail.adConnectionId.idTitle")}</p>
<p>${msg("mdrive.mail.adConnectionId.id", connectionId)}<br>${msg("mdrive.mail.adConnectionId.idNote")}</p>
<p><@m.lines msg("mdrive.mail.adConnectionId.reference")/></p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
