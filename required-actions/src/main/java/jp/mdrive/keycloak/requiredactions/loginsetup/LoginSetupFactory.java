package jp.mdrive.keycloak.requiredactions.loginsetup;

import jp.mdrive.keycloak.requiredactions.OwnRequiredActionFactory;

public class LoginSetupFactory extends OwnRequiredActionFactory {

    public LoginSetupFactory() {
        super(new LoginSetup(), LoginSetup.ID, "Login method and e-mail setup by link (M-Drive)");
    }
}
