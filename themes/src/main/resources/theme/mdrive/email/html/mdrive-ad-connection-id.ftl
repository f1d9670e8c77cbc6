<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}</p>
<p>${msg("mdrive.mail.thanks")}</p>
<p>${msg("mdrive.mail.adConnectionId.body")?replace("\n", "<br>")?no_esc}</p>
<p>${msg("mdrive.mail.adConnectionId.urls")}</p>
<ul>
<li><a href="${internetUrl}">${msg("mdrive.mail.adConnectionId.internet", internetUrl)}</a></li>
<li><a href="${lineUrl}">${msg("mdrive.mail.adConnectionId.line", lineUrl)}</a></li>
</ul>
<p>${msg("mdrive.mail.adConnectionId.idTitle")}</p>
<p>${msg("mdrive.mail.adConnectionId.id", connectionId)}<br>${msg("mdrive.mail.adConnectionId.idNote")}</p>
<p>${msg("mdrive.mail.adConnectionId.reference")?replace("\n", "<br>")?no_esc}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
