package jp.mdrive.keycloak.adminapi;

import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

import jp.mdrive.keycloak.core.messages.ThemeMessages;

/**
 * The admin behind a save of one of the console's M-Drive tabs. A tab is a component, so its save
 * reaches us through Keycloak's component endpoint, which only asks for manage-realm and hands the
 * factory no admin: this rebuilds Keycloak's own view of the caller from the bearer token the admin
 * API has already verified in this request, so the tab asks the same permissions as our REST API.
 */
record ConsoleAdmin(KeycloakSession session, RealmModel realm, AdminAuth auth, AdminPermissionEvaluator permissions) {

    static ConsoleAdmin of(KeycloakSession session, RealmModel realm) {
        if (!(session.getContext().getBearerToken() instanceof AccessToken token) || token.getIssuer() == null) {
            throw new ComponentValidationException("Not an admin request");
        }
        String issuer = token.getIssuer();
        RealmModel adminRealm = session.realms().getRealmByName(issuer.substring(issuer.lastIndexOf('/') + 1));
        UserModel admin = adminRealm == null ? null : session.users().getUserById(adminRealm, token.getSubject());
        ClientModel client = adminRealm == null ? null : adminRealm.getClientByClientId(token.getIssuedFor());
        if (admin == null || client == null) {
            throw new ComponentValidationException("Not an admin request");
        }
        AdminAuth auth = new AdminAuth(adminRealm, token, admin, client);
        return new ConsoleAdmin(session, realm, auth, AdminPermissions.evaluator(session, realm, auth));
    }

    UserModel user() {
        return auth.getUser();
    }

    AdminEventBuilder events() {
        return new AdminEventBuilder(realm, auth, session, session.getContext().getConnection());
    }

    /**
     * A refusal the console shows as it is, in the admin's language, from the realm's login theme like
     * every message of the API. The component endpoint formats the message as a pattern, so it gets a
     * pattern that is only the finished text.
     */
    ComponentValidationException refusal(String messageKey, Object... parameters) {
        return new ComponentValidationException("{0}", ThemeMessages.format(session, user(), messageKey, parameters));
    }
}
