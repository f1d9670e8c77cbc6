<#ftl output_format="plainText">
${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.accountLocked.body")}

${link}

${msg("mdrive.mail.accountLocked.validity", validDays)}

${msg("mdrive.mail.accountLocked.expired")}

${msg("mdrive.mail.footer")}
