package jp.mdrive.keycloak.core.sms;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/** Our own small SPI, so that operators choose and configure the SMS gateway like any Keycloak provider. */
public class SmsSenderSpi implements Spi {

    public static final String NAME = "mdrive-sms-sender";

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return SmsSender.class;
    }

    @Override
    public Class<? extends ProviderFactory<SmsSender>> getProviderFactoryClass() {
        return SmsSenderFactory.class;
    }
}
