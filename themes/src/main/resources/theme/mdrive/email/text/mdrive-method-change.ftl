<#ftl output_format="plainText">
${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.methodChange.body")}

${link}

${msg("mdrive.mail.methodChange.advice")}

${msg("mdrive.mail.methodChange.validity", validDays)}

${msg("mdrive.mail.footer")}
