<#ftl output_format="plainText">
${msg("mdrive.mail.greeting", user.lastName!"", user.firstName!"")}

${msg("mdrive.mail.thanks")}

${msg("mdrive.mail.adConnectionId.body")}

${msg("mdrive.mail.adConnectionId.urls")}

${msg("mdrive.mail.adConnectionId.internet", internetUrl)}
${msg("mdrive.mail.adConnectionId.line", lineUrl)}

${msg("mdrive.mail.adConnectionId.idTitle")}

${msg("mdrive.mail.adConnectionId.id", connectionId)}
${msg("mdrive.mail.adConnectionId.idNote")}

${msg("mdrive.mail.adConnectionId.reference")}

${msg("mdrive.mail.footer")}
