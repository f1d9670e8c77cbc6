package jp.mdrive.keycloak.requiredactions;

import org.keycloak.authentication.RequiredActionFactory;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.KeycloakSession;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/** Our required actions keep no state of their own: one instance serves every session. */
public abstract class OwnRequiredActionFactory implements RequiredActionFactory, NoLifecycleFactory<RequiredActionProvider> {

    private final RequiredActionProvider action;
    private final String id;
    private final String displayText;

    protected OwnRequiredActionFactory(RequiredActionProvider action, String id, String displayText) {
        this.action = action;
        this.id = id;
        this.displayText = displayText;
    }

    @Override
    public RequiredActionProvider create(KeycloakSession session) {
        return action;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getDisplayText() {
        return displayText;
    }
}
