package jp.mdrive.keycloak.core.activedirectory;

import jp.mdrive.keycloak.core.contract.ConnectionId;

/**
 * The M-Drive login URLs the connection-ID mail gives (manual 1.3): one for the internet, one for
 * line authentication (the gateway's host). Operators set them as server options
 * ({@code --spi-realm-restapi-extension--mdrive--ad-login-url}, {@code --…--ad-line-login-url}) with
 * {@code {connectionId}} and {@code {realmUrl}} where those go; by default both are the realm's login.
 */
public record LoginUrls(String internetTemplate, String lineTemplate) {

    public static final String DEFAULT = "{realmUrl}/account/";

    public String internet(ConnectionId connectionId, String realmUrl) {
        return fill(internetTemplate, connectionId, realmUrl);
    }

    public String line(ConnectionId connectionId, String realmUrl) {
        return fill(lineTemplate, connectionId, realmUrl);
    }

    private static String fill(String template, ConnectionId connectionId, String realmUrl) {
        return template.replace("{connectionId}", connectionId.value()).replace("{realmUrl}", realmUrl);
    }
}

