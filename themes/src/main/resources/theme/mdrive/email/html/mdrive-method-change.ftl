<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}</p>
<p>${msg("mdrive.mail.thanks")}<br>${msg("mdrive.mail.methodChange.body")}</p>
<p><a href="${link}">${link}</a></p>
<p>${msg("mdrive.mail.methodChange.advice")?replace("\n", "<br>")?no_esc}</p>
<p>${msg("mdrive.mail.methodChange.validity", validDays)}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
