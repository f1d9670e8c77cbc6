package jp.mdrive.keycloak.core.line;

import jp.mdrive.keycloak.core.spi.OwnSpi;

/** The line gateway SPI ({@code --spi-mdrive-line-gateway--…}). */
public class LineGatewaySpi extends OwnSpi<LineGateway> {

    public static final String NAME = "mdrive-line-gateway";

    public LineGatewaySpi() {
        super(NAME, LineGateway.class, LineGatewayFactory.class);
    }
}
