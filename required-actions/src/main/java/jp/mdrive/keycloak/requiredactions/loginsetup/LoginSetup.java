package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;
import java.util.function.BiConsumer;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;

import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;

/**
 * The pages behind an invitation, login-method change or e-mail change link (manual 1.5, 2):
 * 利用者ログイン登録 / ログイン方法の設定 → (接続ID確認) → (申込確認) → completion; メールアドレス変更確認 →
 * completion. Nothing changes before the last page's button; that button spends the link, so the
 * link changes the account once, and the user then signs in by the method chosen. Each page is a
 * {@link SetupPage}; this action only finds the one the setup stands at.
 */
public class LoginSetup implements RequiredActionProvider {

    public static final String ID = "mdrive-login-setup";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // only a link starts a setup
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        onCurrentPage(context, (page, setup) -> context.challenge(page.open(setup)));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        onCurrentPage(context, (page, setup) -> page.submit(setup, context.getHttpRequest().getDecodedFormParameters()));
    }

    private static void onCurrentPage(RequiredActionContext context, BiConsumer<SetupPage, SetupContext> action) {
        SetupState state = new SetupState(context.getAuthenticationSession());
        Optional<LoginSetupPurpose> purpose = state.purpose();
        if (purpose.isEmpty()) {
            // the action was put on the user by hand: it means nothing without a link
            context.success();
            return;
        }
        action.accept(SetupPage.of(state.page()), new SetupContext(context, state, purpose.get()));
    }

    @Override
    public void close() {
    }
}
