package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.messages.Messages;

import jp.mdrive.keycloak.core.identity.EmailChange;
import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginMethodSwitch;
import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.PendingSetup;
import jp.mdrive.keycloak.core.identity.PendingPassword;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;
import jp.mdrive.keycloak.core.pages.DonePage;
import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/**
 * The pages behind an invitation, login-method change or e-mail change link (manual 1.5, 2):
 * 利用者ログイン登録 / ログイン方法の設定 → (接続ID確認) → (申込確認) → completion; メールアドレス変更確認 →
 * completion. Nothing changes before the last page's button; that button spends the link, so the
 * link changes the account once, and the user then signs in by the method chosen.
 */
public class LoginSetup implements RequiredActionProvider {

    public static final String ID = "mdrive-login-setup";

    static final String CHOOSE_TEMPLATE = "mdrive-setup-choose.ftl";
    static final String PASSWORD_TEMPLATE = "mdrive-setup-password.ftl";
    static final String CONNECTION_ID_TEMPLATE = "mdrive-setup-connection-id.ftl";
    static final String CONFIRM_TEMPLATE = "mdrive-setup-confirm.ftl";
    static final String EMAIL_TEMPLATE = "mdrive-setup-email.ftl";

    static final String PASSWORD_NEW = "password-new";
    static final String PASSWORD_CONFIRM = "password-confirm";
    static final String FACEBOOK = "facebook";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // only a link starts a setup
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        SetupState state = new SetupState(context.getAuthenticationSession());
        if (state.purpose().isEmpty()) {
            // the action was put on the user by hand: it means nothing without a link
            context.success();
            return;
        }
        context.challenge(page(context, state, state.page()));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        SetupState state = new SetupState(context.getAuthenticationSession());
        LoginSetupPurpose purpose = state.purpose().orElse(null);
        if (purpose == null) {
            context.success();
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        switch (state.page()) {
            case CHOOSE -> choose(context, state, purpose, form);
            case PASSWORD -> password(context, state, form);
            case CONNECTION_ID -> connectionId(context, state, purpose, form);
            case CONFIRM -> confirm(context, state, form);
            case EMAIL -> email(context, state, form);
            case DONE -> context.challenge(page(context, state, Page.DONE));
        }
    }

    private void choose(RequiredActionContext context, SetupState state, LoginSetupPurpose purpose, MultivaluedMap<String, String> form) {
        UserModel user = context.getUser();
        Optional<LoginMethod> chosen = SetupChoices.of(context.getSession(), user).parse(form.getFirst("choice"));
        if (chosen.isEmpty()) {
            context.challenge(form(context, state).setError("mdrive.setup.chooseMethod").createForm(CHOOSE_TEMPLATE));
            return;
        }
        LoginMethod method = chosen.get();
        if (purpose == LoginSetupPurpose.METHOD_CHANGE && method.value().equals(FACEBOOK)
                && LoginMethod.of(user).map(own -> own.value().equals(FACEBOOK)).orElse(false)) {
            // manual 2.1: one Facebook account cannot be swapped for another directly
            context.getEvent().clone().detail(Details.REASON, "facebook_to_facebook").error(Errors.INVALID_INPUT);
            context.challenge(form(context, state).setError("mdrive.setup.facebookToFacebook").createForm(CHOOSE_TEMPLATE));
            return;
        }
        state.pick(method);
        if (method.equals(LoginMethod.PASSWORD)) {
            if (purpose == LoginSetupPurpose.INVITATION) {
                keepPassword(context, state, form, user, CHOOSE_TEMPLATE, Page.CONFIRM);
            } else {
                state.show(Page.PASSWORD);
                context.challenge(page(context, state, Page.PASSWORD));
            }
        } else if (method.equals(LoginMethod.AD)) {
            state.show(Page.CONNECTION_ID);
            context.challenge(page(context, state, Page.CONNECTION_ID));
        } else if (purpose == LoginSetupPurpose.INVITATION) {
            state.show(Page.CONFIRM);
            context.challenge(page(context, state, Page.CONFIRM));
        } else {
            signInAtProvider(context, state, method);
        }
    }

    private void password(RequiredActionContext context, SetupState state, MultivaluedMap<String, String> form) {
        if (form.containsKey("back")) {
            back(context, state);
            return;
        }
        if (keepPassword(context, state, form, context.getUser(), PASSWORD_TEMPLATE, null)) {
            finishWithPassword(context, state);
        }
    }

    private void connectionId(RequiredActionContext context, SetupState state, LoginSetupPurpose purpose, MultivaluedMap<String, String> form) {
        if (form.containsKey("back")) {
            back(context, state);
            return;
        }
        if (purpose == LoginSetupPurpose.INVITATION) {
            state.show(Page.CONFIRM);
            context.challenge(page(context, state, Page.CONFIRM));
        } else {
            signInAtProvider(context, state, LoginMethod.AD);
        }
    }

    private void confirm(RequiredActionContext context, SetupState state, MultivaluedMap<String, String> form) {
        Optional<LoginMethod> method = state.method();
        if (form.containsKey("back") || method.isEmpty()) {
            back(context, state);
            return;
        }
        if (method.get().isFederated()) {
            signInAtProvider(context, state, method.get());
        } else {
            finishWithPassword(context, state);
        }
    }

    /**
     * A provider is registered by signing in there (manual 1.5 (4), 2.1 (3)②): the browser goes to it
     * in a fresh sign-in that carries a nonce, and the account it comes back with is linked to this
     * user, whatever address the provider has for it. Nothing changes, and the link is not spent,
     * until that sign-in succeeds.
     */
    private void signInAtProvider(RequiredActionContext context, SetupState state, LoginMethod method) {
        String alias = method.equals(LoginMethod.AD)
                ? SetupChoices.of(context.getSession(), context.getUser()).activeDirectory().map(Object::toString).orElse(null)
                : method.value();
        if (alias == null) {
            back(context, state);
            return;
        }
        LoginSetupPurpose purpose = state.purpose().orElseThrow();
        Optional<MailLink> link = state.link().filter(current -> LoginSetupLinks.isCurrent(context.getUser(), purpose, current));
        if (link.isEmpty()) {
            refuseLink(context, MailLink.Spending.VOID);
            return;
        }
        context.getEvent().clone().detail("mdrive_login_method", method.value()).detail(Details.REASON, "mdrive_provider_sign_in").success();
        context.challenge(Response.seeOther(PendingSetup.start(context.getSession(), context.getRealm(), context.getUser(), alias,
                purpose, link.get())).build());
    }

    private void email(RequiredActionContext context, SetupState state, MultivaluedMap<String, String> form) {
        UserModel user = context.getUser();
        KeycloakSession session = context.getSession();
        String newAddress = state.newAddress();
        if (EmailChange.isTaken(session, context.getRealm(), user, newAddress)) {
            context.getEvent().clone().event(EventType.UPDATE_EMAIL).detail(Details.UPDATED_EMAIL, newAddress).error(Errors.EMAIL_IN_USE);
            context.challenge(form(context, state).setError("mdrive.setup.addressTaken").createForm(EMAIL_TEMPLATE));
            return;
        }
        boolean passwordUser = LoginMethod.of(user).map(LoginMethod.PASSWORD::equals).orElse(false);
        // the policy checks the password against the address it will sign in with, the new one
        if (passwordUser && !keepPassword(context, state, form, EmailChange.asIfChanged(user, newAddress), EMAIL_TEMPLATE, null)) {
            return;
        }
        if (!spendLink(context, state)) {
            return;
        }
        String oldAddress = user.getEmail();
        EmailChange.apply(session, context.getRealm(), user, newAddress);
        if (passwordUser) {
            PendingPassword.store(session, context.getRealm(), user, context.getAuthenticationSession());
        }
        context.getEvent().clone().event(EventType.UPDATE_EMAIL)
                .detail(Details.PREVIOUS_EMAIL, oldAddress).detail(Details.UPDATED_EMAIL, newAddress)
                .detail(Details.REASON, "mdrive_email_change").success();
        done(context, state);
    }

    /**
     * Checks the two password fields against each other and the realm's policy and keeps the
     * password hashed; on a refusal shows the page again with the reason and returns false.
     */
    private boolean keepPassword(RequiredActionContext context, SetupState state, MultivaluedMap<String, String> form,
                                 UserModel user, String template, Page next) {
        String password = form.getFirst(PASSWORD_NEW);
        String confirmation = form.getFirst(PASSWORD_CONFIRM);
        FormMessage refusal = null;
        if (password == null || password.isEmpty()) {
            refusal = new FormMessage(PASSWORD_NEW, Messages.MISSING_PASSWORD);
        } else if (!password.equals(confirmation)) {
            refusal = new FormMessage(PASSWORD_CONFIRM, Messages.NOTMATCH_PASSWORD);
        } else {
            refusal = PendingPassword.keep(context.getSession(), context.getRealm(), user, context.getAuthenticationSession(), password)
                    .map(error -> new FormMessage(PASSWORD_NEW, error.getMessage(), error.getParameters())).orElse(null);
        }
        if (refusal != null) {
            context.getEvent().clone().detail(Details.REASON, refusal.getMessage()).error(Errors.PASSWORD_REJECTED);
            context.challenge(form(context, state).addError(refusal).createForm(template));
            return false;
        }
        if (next != null) {
            state.show(next);
            context.challenge(page(context, state, next));
        }
        return true;
    }

    /** The password method; a provider method finishes where the provider's sign-in comes back. */
    private void finishWithPassword(RequiredActionContext context, SetupState state) {
        if (!spendLink(context, state)) {
            return;
        }
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        UserModel user = context.getUser();
        String previous = LoginMethod.of(user).map(LoginMethod::value).orElse("none");
        LoginMethodSwitch.toPassword(session, realm, user, context.getAuthenticationSession());
        context.getEvent().clone().event(EventType.UPDATE_PROFILE)
                .detail("mdrive_login_method", LoginMethod.PASSWORD.value()).detail("mdrive_previous_login_method", previous)
                .detail(Details.REASON, "mdrive_" + state.purpose().map(LoginSetupPurpose::value).orElse("setup")).success();
        done(context, state);
    }

    /**
     * Spends the link. A second tab that got here with the same link, or a link voided since it was
     * opened (R-SEC-6: a newer one was sent, the account changed), is told so and changes nothing.
     */
    private boolean spendLink(RequiredActionContext context, SetupState state) {
        MailLink.Spending spending = state.link()
                .map(link -> LoginSetupLinks.spend(context.getSession(), context.getUser(), state.purpose().orElseThrow(), link))
                .orElse(MailLink.Spending.VOID);
        if (spending != MailLink.Spending.SPENT) {
            refuseLink(context, spending);
            return false;
        }
        return true;
    }

    private static void refuseLink(RequiredActionContext context, MailLink.Spending spending) {
        PendingPassword.forget(context.getAuthenticationSession());
        context.challenge(MailLinks.refused(context.getEvent().clone(), context.form(), spending));
    }

    private void done(RequiredActionContext context, SetupState state) {
        state.show(Page.DONE);
        context.challenge(page(context, state, Page.DONE));
    }

    private void back(RequiredActionContext context, SetupState state) {
        PendingPassword.forget(context.getAuthenticationSession());
        state.show(Page.CHOOSE);
        context.challenge(page(context, state, Page.CHOOSE));
    }

    private Response page(RequiredActionContext context, SetupState state, Page page) {
        return switch (page) {
            case CHOOSE -> form(context, state).createForm(CHOOSE_TEMPLATE);
            case PASSWORD -> form(context, state).createForm(PASSWORD_TEMPLATE);
            case CONNECTION_ID -> form(context, state).createForm(CONNECTION_ID_TEMPLATE);
            case CONFIRM -> form(context, state).createForm(CONFIRM_TEMPLATE);
            case EMAIL -> form(context, state).createForm(EMAIL_TEMPLATE);
            case DONE -> {
                String prefix = "mdrive.setup." + state.purpose().map(LoginSetupPurpose::value).orElse("invitation");
                yield DonePage.render(context.getSession(), context.form(), context.getAuthenticationSession().getClient(),
                        prefix + ".doneTitle", prefix + ".done");
            }
        };
    }

    private LoginFormsProvider form(RequiredActionContext context, SetupState state) {
        UserModel user = context.getUser();
        SetupChoices choices = SetupChoices.of(context.getSession(), user);
        return context.form()
                .setAttribute("mdriveSetupPurpose", state.purpose().map(LoginSetupPurpose::value).orElse(""))
                .setAttribute("mdriveSetupEmail", user.getEmail())
                .setAttribute("mdriveSetupNewEmail", state.newAddress())
                .setAttribute("mdriveSetupCurrentMethod", LoginMethod.of(user).map(LoginMethod::value).orElse(null))
                .setAttribute("mdriveSetupMethod", state.method().map(LoginMethod::value).orElse(null))
                .setAttribute("mdriveSetupPasswordUser", LoginMethod.of(user).map(LoginMethod.PASSWORD::equals).orElse(false))
                .setAttribute("mdriveSetupProviders", choices.providers().stream().map(idp -> Map.of("alias", idp.getAlias(),
                        "displayName", idp.getDisplayName() == null ? idp.getAlias() : idp.getDisplayName())).toList())
                .setAttribute("mdriveSetupConnectionId", choices.activeDirectory().map(Object::toString).orElse(null));
    }

    @Override
    public void close() {
    }
}
