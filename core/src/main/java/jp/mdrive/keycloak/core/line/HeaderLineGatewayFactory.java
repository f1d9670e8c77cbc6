package jp.mdrive.keycloak.core.line;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ServerInfoAwareProviderFactory;

import jp.mdrive.keycloak.core.contract.LineNumber;
import jp.mdrive.keycloak.core.info.BundleInfo;
import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * The gateway names the line in a request header ({@code --spi-mdrive-line-gateway--header--header-name},
 * default {@code X-Mdrive-Line-Id}), believed only from peers inside {@code --…--trusted-proxies}
 * (comma-separated CIDR blocks, IPv4 and IPv6; none by default, so nothing is believed until the
 * operator says where the gateway is).
 */
public class HeaderLineGatewayFactory implements LineGatewayFactory, NoLifecycleFactory<LineGateway>, ServerInfoAwareProviderFactory {

    public static final String ID = "header";
    static final String DEFAULT_HEADER = "X-Mdrive-Line-Id";

    private static final Logger LOG = Logger.getLogger(HeaderLineGatewayFactory.class);

    private LineHeaderRule rule = LineHeaderRule.of(DEFAULT_HEADER, null);

    @Override
    public LineGateway create(KeycloakSession session) {
        return new LineGateway() {
            /** Read once per request (the provider lives as long as its session), so one request counts once. */
            private Optional<LineNumber> line;

            @Override
            public Optional<LineNumber> currentLine() {
                if (line == null) {
                    line = rule.lineOf(session.getContext().getRequestHeaders().getHeaderString(rule.headerName()),
                            session.getContext().getConnection().getRemoteAddr());
                }
                return line;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void init(Config.Scope config) {
        rule = LineHeaderRule.of(Optional.ofNullable(config.get("headerName")).filter(name -> !name.isBlank()).orElse(DEFAULT_HEADER),
                config.get("trustedProxies"));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        if (rule.trustedProxies().isEmpty()) {
            LOG.infof("No trusted line gateway configured (--spi-%s--%s--trusted-proxies): every request counts as internet",
                    LineGatewaySpi.NAME, ID);
        }
    }

    /** The admin console's provider info: which header is believed, and from where. */
    @Override
    public Map<String, String> getOperationalInfo() {
        return BundleInfo.with(Map.of("headerName", rule.headerName(),
                "trustedProxies", rule.trustedProxies().isEmpty() ? "none: every request counts as internet"
                        : rule.trustedProxies().stream().map(Cidr::toString).collect(Collectors.joining(","))));
    }

    @Override
    public String getId() {
        return ID;
    }
}
