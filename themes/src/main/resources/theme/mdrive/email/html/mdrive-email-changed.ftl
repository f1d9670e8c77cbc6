<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}</p>
<p>${msg("mdrive.mail.thanks")}<br>${msg("mdrive.mail.emailChanged.body")}</p>
<p>${msg("mdrive.mail.emailChanged.newAddress", newAddress)}<br>${msg("mdrive.mail.emailChanged.changedAt", changedAt)}</p>
<p>${msg("mdrive.mail.emailChanged.after")}</p>
<p>${msg("mdrive.mail.emailChanged.notYou")}</p>
<p>${msg("mdrive.mail.footer")}</p>
</@layout.emailLayout>
