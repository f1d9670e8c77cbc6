<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}</p>
<p>${msg("mdrive.mail.thanks")}<br>
${msg("mdrive.mail.accountLocked.body")?replace("\n", "<br>")?no_esc}</p>
<p><a href="${link}">${link}</a></p>
<p>${msg("mdrive.mail.accountLocked.validity", validDays)}</p>
<p>${msg("mdrive.mail.accountLocked.expired")}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
