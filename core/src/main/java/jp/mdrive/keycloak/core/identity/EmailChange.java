package jp.mdrive.keycloak.core.identity;

import java.util.Locale;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;

import jp.mdrive.keycloak.core.maillink.LinkGeneration;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * R-ID-3 メールアドレス変更: the address is also the user name people sign in with, so both change
 * together; the 2SV registration and remembered browsers were bound to the old address and go, as do
 * the links sent before (R-SEC-6), and the old address is told of the change.
 */
public final class EmailChange {

    private EmailChange() {
    }

    /** The address as stored: trimmed and lower-cased, as Keycloak keeps e-mail addresses. */
    public static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether another user already signs in with that address. */
    public static boolean isTaken(KeycloakSession session, RealmModel realm, UserModel user, String address) {
        UserModel owner = session.users().getUserByEmail(realm, address);
        UserModel byName = session.users().getUserByUsername(realm, address);
        return (owner != null && !owner.getId().equals(user.getId())) || (byName != null && !byName.getId().equals(user.getId()));
    }

    /** The user as they will be after the change, for checks (password policy) that look at the address. */
    public static UserModel asIfChanged(UserModel user, String newAddress) {
        boolean nameIsAddress = user.getEmail() != null && user.getEmail().equalsIgnoreCase(user.getUsername());
        return new UserModelDelegate(user) {
            @Override
            public String getEmail() {
                return newAddress;
            }

            @Override
            public String getUsername() {
                return nameIsAddress ? newAddress : super.getUsername();
            }
        };
    }

    public static void apply(KeycloakSession session, RealmModel realm, UserModel user, String newAddress) {
        String old = user.getEmail();
        if (old != null && old.equalsIgnoreCase(user.getUsername())) {
            user.setUsername(newAddress);
        }
        user.setEmail(newAddress);
        user.setEmailVerified(true);
        TwoStepRegistration.of(user).reset();
        LinkGeneration.of(user).voidAll();
        if (old != null && !old.equalsIgnoreCase(newAddress)) {
            AddressChangeNotice.send(session, realm, user, old, newAddress);
        }
    }
}
