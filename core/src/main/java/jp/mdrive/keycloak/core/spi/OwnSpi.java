package jp.mdrive.keycloak.core.spi;

import org.keycloak.provider.Provider;
import org.keycloak.provider.ProviderFactory;
import org.keycloak.provider.Spi;

/**
 * One of our own small SPIs: public (not internal), so operators pick and configure its providers
 * with Keycloak's usual {@code --spi-<name>--…} options.
 */
public abstract class OwnSpi<P extends Provider> implements Spi {

    private final String name;
    private final Class<P> providerClass;
    private final Class<? extends ProviderFactory<P>> factoryClass;

    protected OwnSpi(String name, Class<P> providerClass, Class<? extends ProviderFactory<P>> factoryClass) {
        this.name = name;
        this.providerClass = providerClass;
        this.factoryClass = factoryClass;
    }

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Class<? extends Provider> getProviderClass() {
        return providerClass;
    }

    @Override
    public Class<? extends ProviderFactory<P>> getProviderFactoryClass() {
        return factoryClass;
    }
}
