package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

import org.keycloak.events.Details;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginMethodSwitch;
import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.PendingPassword;
import jp.mdrive.keycloak.core.identity.PendingSetup;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/**
 * The last button of a setup: the link is spent and the account changed here, once, or the browser
 * is sent to sign in at the chosen provider, which finishes it when that sign-in comes back.
 */
final class SetupCompletion {

    private SetupCompletion() {
    }

    /** The password method; a provider method finishes where the provider's sign-in comes back. */
    static void withPassword(SetupContext setup) {
        if (!spendLink(setup)) {
            return;
        }
        UserModel user = setup.user();
        String previous = LoginMethod.of(user).map(LoginMethod::value).orElse("none");
        LoginMethodSwitch.toPassword(setup.session(), setup.action().getRealm(), user, setup.action().getAuthenticationSession());
        setup.event().event(EventType.UPDATE_PROFILE)
                .detail("mdrive_login_method", LoginMethod.PASSWORD.value()).detail("mdrive_previous_login_method", previous)
                .detail(Details.REASON, "mdrive_" + setup.purpose().value()).success();
        setup.show(Page.DONE);
    }

    /**
     * A provider is registered by signing in there (manual 1.5 (4), 2.1 (3)②): the browser goes to it
     * in a fresh sign-in that carries a nonce, and the account it comes back with is linked to this
     * user, whatever address the provider has for it. Nothing changes, and the link is not spent,
     * until that sign-in succeeds.
     */
    static void atProvider(SetupContext setup, LoginMethod method) {
        String alias = method.equals(LoginMethod.AD)
                ? SetupChoices.of(setup.session(), setup.user()).activeDirectory().map(Object::toString).orElse(null)
                : method.value();
        if (alias == null) {
            setup.back();
            return;
        }
        LoginSetupPurpose purpose = setup.purpose();
        Optional<MailLink> link = setup.state().link().filter(current -> LoginSetupLinks.isCurrent(setup.user(), purpose, current));
        if (link.isEmpty()) {
            refuseLink(setup, MailLink.Spending.VOID);
            return;
        }
        setup.event().detail("mdrive_login_method", method.value()).detail(Details.REASON, "mdrive_provider_sign_in").success();
        setup.challenge(Response.seeOther(PendingSetup.start(setup.session(), setup.action().getRealm(), setup.user(), alias,
                purpose, link.get())).build());
    }

    /**
     * Spends the link. A second tab that got here with the same link, or a link voided since it was
     * opened (R-SEC-6: a newer one was sent, the account changed), is told so and changes nothing.
     */
    static boolean spendLink(SetupContext setup) {
        MailLink.Spending spending = setup.state().link()
                .map(link -> LoginSetupLinks.spend(setup.session(), setup.user(), setup.purpose(), link))
                .orElse(MailLink.Spending.VOID);
        if (spending != MailLink.Spending.SPENT) {
            refuseLink(setup, spending);
            return false;
        }
        return true;
    }

    private static void refuseLink(SetupContext setup, MailLink.Spending spending) {
        PendingPassword.forget(setup.action().getAuthenticationSession());
        setup.challenge(MailLinks.refused(setup.event(), setup.action().form(), spending));
    }
}
