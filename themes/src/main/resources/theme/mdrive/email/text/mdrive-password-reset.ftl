<#ftl output_format="plainText">
${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.passwordReset.body")}

${link}

${msg("mdrive.mail.passwordReset.validity", validDays)}

${msg("mdrive.mail.footer")}
