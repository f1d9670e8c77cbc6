<#ftl output_format="plainText">
${msg("mdrive.mail.invitation.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.invitation.body", inviter, user.lastName!"", user.firstName!"", validDays)}

${msg("mdrive.mail.invitation.urlTitle")}

${link}

=====
${msg("mdrive.mail.invitation.footer")}
=====
