package jp.mdrive.keycloak.core.mail.outbox;

import jp.mdrive.keycloak.core.spi.OwnSpi;

/** The outbox ({@code --spi-mdrive-mail-outbox--default--…}), so operators tune its worker. */
public class MailOutboxSpi extends OwnSpi<MailOutbox> {

    public static final String NAME = "mdrive-mail-outbox";

    public MailOutboxSpi() {
        super(NAME, MailOutbox.class, MailOutboxFactory.class);
    }
}
