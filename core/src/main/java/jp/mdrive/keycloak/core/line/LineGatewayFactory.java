package jp.mdrive.keycloak.core.line;

import org.keycloak.provider.ProviderFactory;

public interface LineGatewayFactory extends ProviderFactory<LineGateway> {
}
