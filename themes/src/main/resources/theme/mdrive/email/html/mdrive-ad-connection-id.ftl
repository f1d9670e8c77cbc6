<#import "template.ftl" as layout>
<#import "../mdrive-mail.ftl" as m>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}</p>
<p>${msg("mdrive.mail.thanks")}</p>
<p><@m.lines msg("mdrive.mail.adConnectionId.body")/></p>
<p>${msg("mdrive.mail.adConnectionId.urls")}</p>
<#-- the messages carry the manual's 「・」 bullets, so no list markup to add a second one -->
<p><a href="${internetUrl}">${msg("mdrive.mail.adConnectionId.internet", internetUrl)}</a><br>
<a href="${lineUrl}">${msg("mdrive.mail.adConnectionId.line", lineUrl)}</a></p>
<p>${msg("mdrive.mail.adConnectionId.idTitle")}</p>
<p>${msg("mdrive.mail.adConnectionId.id", connectionId)}<br>${msg("mdrive.mail.adConnectionId.idNote")}</p>
<p><@m.lines msg("mdrive.mail.adConnectionId.reference")/></p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
