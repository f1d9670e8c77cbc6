package jp.mdrive.keycloak.core.mail.outbox;

import jp.mdrive.keycloak.core.spi.OwnSpi;

/** The kinds of outbox rows ({@code mdrive-mail-job}): each provider does one kind of mail work. */
public class MailJobSpi extends OwnSpi<MailJob> {

    public static final String NAME = "mdrive-mail-job";

    public MailJobSpi() {
        super(NAME, MailJob.class, MailJobFactory.class);
    }
}
