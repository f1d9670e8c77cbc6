package jp.mdrive.keycloak.authenticators;

import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * A flow step of ours that needs no credential set up beforehand and holds nothing to close: each
 * decides for itself what a user without a registration gets (enrolment, a refusal), so Keycloak's
 * configured-for and required-action hooks have nothing to say.
 */
public interface OwnStep extends Authenticator {

    @Override
    default boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    default void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    default void close() {
    }
}
