<#ftl output_format="plainText">
<#import "../mdrive-mail.ftl" as m>
${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}

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
