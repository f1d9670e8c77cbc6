package jp.mdrive.keycloak.core.line;

import java.util.Optional;

import org.keycloak.provider.Provider;

import jp.mdrive.keycloak.core.contract.LineNumber;

/**
 * R-LINE-3: which FLET'S line the current request comes through, as the line-authentication gateway
 * in front of Keycloak tells it. Empty means the internet: no line, or a claim nobody may make.
 */
public interface LineGateway extends Provider {

    Optional<LineNumber> currentLine();
}
