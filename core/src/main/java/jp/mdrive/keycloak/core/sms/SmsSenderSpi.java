package jp.mdrive.keycloak.core.sms;

import jp.mdrive.keycloak.core.spi.OwnSpi;

/** The SMS gateway SPI ({@code --spi-mdrive-sms-sender--…}), so operators choose and configure the gateway. */
public class SmsSenderSpi extends OwnSpi<SmsSender> {

    public static final String NAME = "mdrive-sms-sender";

    public SmsSenderSpi() {
        super(NAME, SmsSender.class, SmsSenderFactory.class);
    }
}
