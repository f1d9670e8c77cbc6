<#ftl output_format="plainText">
<#import "../mdrive-mail.ftl" as m>
${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.accountLocked.body")}

${link}

${msg("mdrive.mail.accountLocked.validity", validDays)}

${msg("mdrive.mail.accountLocked.expired")}

${msg("mdrive.mail.footer")}
