<#ftl output_format="plainText">
<#import "../mdrive-mail.ftl" as m>
${msg("mdrive.mail.invitation.greeting", m.typed(user.lastName!""), m.typed(user.firstName!""))}

${msg("mdrive.mail.invitation.body", m.typed(inviter), m.typed(user.lastName!""), m.typed(user.firstName!""), validDays)}

${msg("mdrive.mail.invitation.urlTitle")}

${link}

=====
${msg("mdrive.mail.invitation.footer")}
=====
