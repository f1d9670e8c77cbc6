package jp.mdrive.keycloak.adminapi;

import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.EmailValidationUtil;

import jp.mdrive.keycloak.core.identity.EmailChange;

/** The checks every address given to the API passes: well formed, and nobody else's. */
final class AddressRules {

    private final KeycloakSession session;
    private final UserModel caller;

    AddressRules(KeycloakSession session, UserModel caller) {
        this.session = session;
        this.caller = caller;
    }

    /** The address normalized, or a 400 that says what is wrong with it. */
    String wellFormed(String typed) {
        String address = EmailChange.normalize(typed);
        if (address.isEmpty() || !EmailValidationUtil.isValidEmail(address)) {
            throw ApiError.of(session, caller, Response.Status.BAD_REQUEST, "mdrive.api.invalidEmail", typed == null ? "" : typed).exception();
        }
        return address;
    }

    /** A new address for that user (or for a new user, when {@code user} is null), or a 400/409. */
    String newAddressFor(UserModel user, String typed) {
        String address = wellFormed(typed);
        if (user != null && address.equalsIgnoreCase(user.getEmail())) {
            throw ApiError.of(session, caller, Response.Status.BAD_REQUEST, "mdrive.api.emailUnchanged").exception();
        }
        RealmModel realm = session.getContext().getRealm();
        boolean taken = user == null
                ? session.users().getUserByEmail(realm, address) != null || session.users().getUserByUsername(realm, address) != null
                : EmailChange.isTaken(session, realm, user, address);
        if (taken) {
            throw ApiError.of(session, caller, Response.Status.CONFLICT, "mdrive.api.addressTaken", address).exception();
        }
        return address;
    }
}
