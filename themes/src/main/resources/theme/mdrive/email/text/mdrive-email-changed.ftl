<#ftl output_format="plainText">
${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.emailChanged.body")}

${msg("mdrive.mail.emailChanged.newAddress", newAddress)}
${msg("mdrive.mail.emailChanged.changedAt", changedAt)}

${msg("mdrive.mail.emailChanged.after")}

${msg("mdrive.mail.emailChanged.notYou")}

${msg("mdrive.mail.footer")}
