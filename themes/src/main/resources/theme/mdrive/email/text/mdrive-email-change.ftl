<#ftl output_format="plainText">
${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.emailChange.body")}

${link}

${msg("mdrive.mail.emailChange.validity", validDays)}

${msg("mdrive.mail.footer")}
