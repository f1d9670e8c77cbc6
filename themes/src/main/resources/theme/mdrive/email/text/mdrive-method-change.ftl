<#ftl output_format="plainText">
<#import "../mdrive-mail.ftl" as m>
${msg("mdrive.mail.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}

${msg("mdrive.mail.thanks")}
${msg("mdrive.mail.methodChange.body")}

${link}

${msg("mdrive.mail.methodChange.advice")}

${msg("mdrive.mail.methodChange.validity", validDays)}

${msg("mdrive.mail.footer")}
