package jp.mdrive.keycloak.adminapi;

import org.keycloak.common.util.MultivaluedHashMap;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.mdrive.keycloak.core.text.TypedLookup;


/**
 * R-OPS-8: the "M-Drive" tab of a user in the admin console (feature {@code declarative-ui}). The
 * lock itself shows on the user's details (attributes of {@code LockAttributes}); this tab lifts it.
 * A tab is one stored form per realm, shown on every user's page, so saving it is the action: the
 * console adds the user's id from its route, the lift is made (or refused with a message the console
 * shows) while the form is validated, and the form is stored empty again.
 */
public class LockTabFactory extends ConsoleTab {

    public static final String ID = "mdrive-lock";
    static final String LIFT = "liftLock";

    public LockTabFactory() {
        super(ID, "/:realm/users/:id/:tab", "mdriveLockTabHelp");
    }

    @Override
    ProviderConfigurationBuilder fields(ProviderConfigurationBuilder builder) {
        return builder
                .property().name(LIFT).type(ProviderConfigProperty.BOOLEAN_TYPE).label("mdriveLiftLock")
                .helpText("mdriveLiftLockHelp").defaultValue(false).add();
    }

    @Override
    public void validateConfiguration(KeycloakSession session, RealmModel realm, ComponentModel model) {
        boolean lift = Boolean.parseBoolean(model.get(LIFT));
        String userId = model.get(ENTITY_ID);
        model.setConfig(new MultivaluedHashMap<>());
        if (!lift) {
            return;
        }
        ConsoleAdmin admin = ConsoleAdmin.of(session, realm);
        UserModel user = TypedLookup.user(session, realm, userId);
        if (user == null || !admin.permissions().users().canManage(user)) {
            throw admin.refusal("mdrive.admin.mayNotLift");
        }
        if (!AdminLockLift.lift(session, user, admin.events())) {
            throw admin.refusal("mdrive.admin.lockNotFound");
        }
    }
}
