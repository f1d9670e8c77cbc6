package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import jp.mdrive.keycloak.core.identity.LoginMethod;

/** 申込確認 of an invitation: the method picked, made the account's by this button. */
final class ConfirmPage extends PageWithBack {

    ConfirmPage() {
        super("mdrive-setup-confirm.ftl");
    }

    @Override
    void proceed(SetupContext setup, MultivaluedMap<String, String> form) {
        Optional<LoginMethod> method = setup.state().method();
        if (method.isEmpty()) {
            setup.back();
        } else if (method.get().isFederated()) {
            SetupCompletion.atProvider(setup, method.get());
        } else {
            SetupCompletion.withPassword(setup);
        }
    }
}
