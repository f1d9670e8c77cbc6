package jp.mdrive.keycloak.core.maillink;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.keycloak.models.UserModel;

/** A user with attributes and an address only, which is all a link generation reads and writes. */
final class InMemoryUser {

    private InMemoryUser() {
    }

    static UserModel withEmail(String email) {
        Map<String, List<String>> attributes = new HashMap<>();
        String[] address = {email};
        return (UserModel) Proxy.newProxyInstance(UserModel.class.getClassLoader(), new Class<?>[] {UserModel.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getEmail" -> address[0];
                    case "setEmail" -> {
                        address[0] = (String) args[0];
                        yield null;
                    }
                    case "getFirstAttribute" -> attributes.getOrDefault((String) args[0], List.of()).stream().findFirst().orElse(null);
                    case "setSingleAttribute" -> attributes.put((String) args[0], List.of((String) args[1]));
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    case "getAttributes" -> new HashMap<>(attributes);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
