package jp.mdrive.keycloak.core.activedirectory;

import java.util.Set;

import jp.mdrive.keycloak.core.config.CommaList;
import jp.mdrive.keycloak.core.config.ServerOptions;

/**
 * The server options of Active Directory setup, read by the API and the settings menu alike: the
 * login URLs of the connection-ID mail, and the internal hosts whose metadata may be fetched although
 * they are not on the public internet (R-SEC-5; for tests and an ADFS inside the operator's own
 * network).
 */
public record ActiveDirectoryOptions(LoginUrls loginUrls, Set<String> metadataAllowedHosts) {

    public static ActiveDirectoryOptions fromServer() {
        return new ActiveDirectoryOptions(
                new LoginUrls(ServerOptions.get("adLoginUrl", LoginUrls.DEFAULT), ServerOptions.get("adLineLoginUrl", LoginUrls.DEFAULT)),
                Set.copyOf(CommaList.parse(ServerOptions.get("adMetadataAllowedHosts", null))));
    }
}
