<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mdrive.mail.invitation.greeting", user.lastName!"", user.firstName!"")}</p>
<p>${msg("mdrive.mail.invitation.body", inviter, user.lastName!"", user.firstName!"", validDays)?replace("\n", "<br>")?no_esc}</p>
<p>${msg("mdrive.mail.invitation.urlTitle")}</p>
<p><a href="${link}">${link}</a></p>
<p>=====<br>${msg("mdrive.mail.invitation.footer")?replace("\n", "<br>")?no_esc}<br>=====</p>
</@layout.emailLayout>
