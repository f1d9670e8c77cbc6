<#ftl output_format="plainText">
<#import "../mdrive-mail.ftl" as m>
${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.passwordReset.body")}

${link}

${msg("mdrive.mail.passwordReset.validity", validDays)}

${msg("mdrive.mail.footer")}
