package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;

import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/** 接続ID確認: the contract's Active Directory connection ID before signing in there. */
final class ConnectionIdPage extends PageWithBack {

    ConnectionIdPage() {
        super("mdrive-setup-connection-id.ftl");
    }

    @Override
    void proceed(SetupContext setup, MultivaluedMap<String, String> form) {
        if (setup.purpose() == LoginSetupPurpose.INVITATION) {
            setup.show(Page.CONFIRM);
        } else {
            SetupCompletion.atProvider(setup, LoginMethod.AD);
        }
    }
}
