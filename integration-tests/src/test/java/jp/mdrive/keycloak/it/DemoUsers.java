package jp.mdrive.keycloak.it;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/** Fresh password users for tests that change a user's state (a lock), one per test. */
final class DemoUsers {

    private DemoUsers() {
    }

    static String create(ManagedRealm realm, String email, String locale) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Taro");
        user.setLastName("Test");
        user.setAttributes(Map.of("locale", List.of(locale)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(DemoRealm.PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.admin().users().create(user)) {
            if (created.getStatus() != 201) {
                throw new IllegalStateException("user " + email + ": " + created.getStatus());
            }
            String location = created.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** Sets the user's login method (R-LOGIN-5) as an admin does in the console. */
    static void setLoginMethod(ManagedRealm realm, String userId, String method) {
        UserRepresentation user = realm.admin().users().get(userId).toRepresentation();
        user.getAttributes().put("mdrive.login-method", List.of(method));
        realm.admin().users().get(userId).update(user);
    }
}
