package jp.mdrive.keycloak.it;

import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;

/** The demo realm with the SMTP catcher that takes the realm's mails (read them through {@link Mails}). */
abstract class MailBase extends DemoRealmBase {

    @InjectMailServer
    MailServer mail;
}
