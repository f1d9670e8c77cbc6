package jp.mdrive.keycloak.core.code;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.sessions.RootAuthenticationSessionModel;

/**
 * One browser tab's authentication session as far as notes go, kept in the given map so tests can look
 * into it; it names its tab and root session as Keycloak's do.
 */
public final class AuthNotes {

    private AuthNotes() {
    }

    public static AuthenticationSessionModel session(Map<String, String> notes) {
        return (AuthenticationSessionModel) Proxy.newProxyInstance(AuthenticationSessionModel.class.getClassLoader(),
                new Class<?>[] {AuthenticationSessionModel.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setAuthNote" -> notes.put((String) args[0], (String) args[1]);
                    case "getAuthNote" -> notes.get(args[0]);
                    case "removeAuthNote" -> notes.remove(args[0]);
                    case "getTabId" -> "tab";
                    case "getParentSession" -> Proxy.newProxyInstance(RootAuthenticationSessionModel.class.getClassLoader(),
                            new Class<?>[] {RootAuthenticationSessionModel.class}, (root, rootMethod, rootArgs) -> switch (rootMethod.getName()) {
                                case "getId" -> "root-" + System.identityHashCode(notes);
                                default -> throw new UnsupportedOperationException(rootMethod.getName());
                            });
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
