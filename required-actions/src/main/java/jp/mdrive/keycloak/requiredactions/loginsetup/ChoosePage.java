package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;

import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/**
 * 利用者ログイン登録 / ログイン方法の設定 (manual 1.5, 2.1): the method picked, and for an invitation by
 * password the password too. What comes next depends on both the method and the link's purpose.
 */
final class ChoosePage extends SetupPage {

    private static final String FACEBOOK = "facebook";

    ChoosePage() {
        super("mdrive-setup-choose.ftl");
    }

    @Override
    void submit(SetupContext setup, MultivaluedMap<String, String> form) {
        UserModel user = setup.user();
        Optional<LoginMethod> chosen = SetupChoices.of(setup.session(), user).parse(form.getFirst("choice"));
        if (chosen.isEmpty()) {
            refuse(setup, "mdrive.setup.chooseMethod");
            return;
        }
        LoginMethod method = chosen.get();
        boolean invitation = setup.purpose() == LoginSetupPurpose.INVITATION;
        if (setup.purpose() == LoginSetupPurpose.METHOD_CHANGE && method.value().equals(FACEBOOK)
                && LoginMethod.of(user).map(own -> own.value().equals(FACEBOOK)).orElse(false)) {
            // manual 2.1: one Facebook account cannot be swapped for another directly
            setup.event().detail(Details.REASON, "facebook_to_facebook").error(Errors.INVALID_INPUT);
            refuse(setup, "mdrive.setup.facebookToFacebook");
            return;
        }
        setup.state().pick(method);
        if (method.equals(LoginMethod.PASSWORD)) {
            if (!invitation) {
                setup.show(Page.PASSWORD);
            } else if (keepPassword(setup, form, user)) {
                setup.show(Page.CONFIRM);
            }
        } else if (method.equals(LoginMethod.AD)) {
            setup.show(Page.CONNECTION_ID);
        } else if (invitation) {
            setup.show(Page.CONFIRM);
        } else {
            SetupCompletion.atProvider(setup, method);
        }
    }
}
