package jp.mdrive.keycloak.core.text;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

/**
 * Users and contracts looked up by an id or alias that anyone may have typed (a path, a form field,
 * a JSON body). One that no entity could have is looked up nowhere: PostgreSQL's driver refuses a NUL
 * in a query parameter with an exception. One of another realm is none, as an unknown one is.
 */
public final class TypedLookup {

    /** Keycloak's ids are UUIDs: its user and organization id columns hold 36 characters. */
    private static final int ID_LENGTH = 36;
    /** The organization alias column holds 255. */
    private static final int ALIAS_LENGTH = 255;

    private TypedLookup() {
    }

    public static UserModel user(KeycloakSession session, RealmModel realm, String id) {
        return TypedText.fits(id, ID_LENGTH) ? session.users().getUserById(realm, id) : null;
    }

    /** The organization of the session's realm; Keycloak's lookup throws for another realm's id, which anyone may send. */
    public static OrganizationModel organization(KeycloakSession session, String id) {
        if (!TypedText.fits(id, ID_LENGTH)) {
            return null;
        }
        try {
            return session.getProvider(OrganizationProvider.class).getById(id);
        } catch (ModelException anotherRealms) {
            return null;
        }
    }

    public static OrganizationModel organizationByAlias(KeycloakSession session, String alias) {
        return TypedText.fits(alias, ALIAS_LENGTH) ? session.getProvider(OrganizationProvider.class).getByAlias(alias) : null;
    }
}
