package jp.mdrive.keycloak.core.identity;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.utils.EmailValidationUtil;

import jp.mdrive.keycloak.core.identity.RefusedChange.Kind;

/** The checks every address given for a user passes: well formed, and nobody else's. */
public final class AddressRules {

    private AddressRules() {
    }

    /**
     * The longest address taken: RFC 5321's 254 characters. Keycloak's own check lets 320 through,
     * which its 255-character user name and e-mail columns cannot hold.
     */
    static final int MAX_LENGTH = 254;

    /** The address normalized, or a refusal that says what is wrong with it. */
    public static String wellFormed(String typed) {
        String address = EmailChange.normalize(typed);
        if (address.isEmpty() || address.length() > MAX_LENGTH || !EmailValidationUtil.isValidEmail(address)) {
            throw new RefusedChange(Kind.INVALID, "mdrive.api.invalidEmail", typed == null ? "" : typed);
        }
        return address;
    }

    /** A new address for that user (or for a new user, when {@code user} is null), or a refusal. */
    public static String newAddressFor(KeycloakSession session, RealmModel realm, UserModel user, String typed) {
        String address = wellFormed(typed);
        if (user != null && address.equalsIgnoreCase(user.getEmail())) {
            throw new RefusedChange(Kind.INVALID, "mdrive.api.emailUnchanged");
        }
        boolean taken = user == null
                ? session.users().getUserByEmail(realm, address) != null || session.users().getUserByUsername(realm, address) != null
                : EmailChange.isTaken(session, realm, user, address);
        if (taken) {
            throw new RefusedChange(Kind.CONFLICT, "mdrive.api.addressTaken", address);
        }
        return address;
    }

    /** The new address typed twice, as the e-mail change page asks for it. */
    public static String newAddressTwice(KeycloakSession session, RealmModel realm, UserModel user, String typed, String confirmation) {
        String address = newAddressFor(session, realm, user, typed);
        if (!address.equals(EmailChange.normalize(confirmation))) {
            throw new RefusedChange(Kind.INVALID, "mdrive.api.emailConfirmationMismatch");
        }
        return address;
    }
}
