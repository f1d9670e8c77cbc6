package jp.mdrive.keycloak.authenticators.resetpassword;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.mdrive.keycloak.authenticators.ExecutionConfig;
import jp.mdrive.keycloak.core.code.DurableSlots;
import jp.mdrive.keycloak.core.code.MailThrottle;
import jp.mdrive.keycloak.core.mail.outbox.MailOutbox;
import jp.mdrive.keycloak.core.maillink.MailLink;
import jp.mdrive.keycloak.core.maillink.MailLinks;

import org.keycloak.TokenVerifier;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.actiontoken.resetcred.ResetCredentialsActionToken;
import org.keycloak.authentication.authenticators.browser.AbstractUsernameFormAuthenticator;
import org.keycloak.authentication.authenticators.resetcred.ResetCredentialEmail;
import org.keycloak.common.VerificationException;
import org.keycloak.events.EventType;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.Constants;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * R-LOCK-4: mails 【M-Drive】パスワードリセット with a single-use link to the password page. Only
 * password users get one (federated and AD users have no password here); everyone, including an
 * unknown address, sees the same "mail sent" page.
 * <p>
 * R-SEC-7: the request does the same work whatever the address: one take from the address's
 * {@link MailThrottle} (at most one mail per 5 minutes and 5 per Japan day, counted for unknown
 * addresses too) and one {@link ResetMailJob} row written to the mail outbox, which looks the
 * address up, has the mail sent and records the event after the answer has gone. So neither the page
 * nor its timing tells whether the address exists, or whether the throttle held the mail back.
 */
public class ResetMail extends ResetCredentialEmail {

    public static final String PROVIDER_ID = "mdrive-reset-mail";
    static final String SUBJECT = "mdrive.mail.passwordReset.subject";
    static final String TEMPLATE = "mdrive-password-reset.ftl";
    /** The purpose of the reset link's generation (R-SEC-6). */
    static final String LINK_PURPOSE = "password-reset";

    static final String QUIET_PERIOD_MINUTES = "mdrive.reset.quietPeriodMinutes";
    static final String MAILS_PER_DAY = "mdrive.reset.mailsPerDay";
    /** R-SEC-7: one reset mail per address per 5 minutes, 5 per day (Japan time, like the SMS caps). */
    static final int DEFAULT_QUIET_PERIOD_MINUTES = 5;
    static final int DEFAULT_MAILS_PER_DAY = 5;

    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(QUIET_PERIOD_MINUTES).label("Minutes between reset mails to one address")
            .helpText("After a reset mail, further requests for the same address send nothing for this long (same page shown).")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(Integer.toString(DEFAULT_QUIET_PERIOD_MINUTES)).add()
            .property().name(MAILS_PER_DAY).label("Reset mails per address per day")
            .helpText("At most this many reset mails to one address per calendar day, Japan time (same page shown beyond).")
            .type(ProviderConfigProperty.INTEGER_TYPE).defaultValue(Integer.toString(DEFAULT_MAILS_PER_DAY)).add()
            .build();

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        if (user != null && Objects.equals(user.getId(), authSession.getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID))) {
            backThroughLink(context, user, authSession);
            return;
        }
        String typed = Objects.requireNonNullElse(authSession.getAuthNote(AbstractUsernameFormAuthenticator.ATTEMPTED_USERNAME), "");
        MailThrottle.Verdict verdict = throttle(context).take(typed);
        context.getSession().getProvider(MailOutbox.class).enqueue(context.getRealm(), ResetMailJob.KIND,
                ResetMailJob.request(context, typed, user, verdict));
        context.forkWithSuccessMessage(new FormMessage(Messages.EMAIL_SENT));
    }

    private static MailThrottle throttle(AuthenticationFlowContext context) {
        AuthenticatorConfigModel config = context.getAuthenticatorConfig();
        return new MailThrottle(DurableSlots.of(context.getSession()), "password-reset:" + context.getRealm().getId(),
                Duration.ofMinutes(ExecutionConfig.positiveInt(config, QUIET_PERIOD_MINUTES, DEFAULT_QUIET_PERIOD_MINUTES)),
                ExecutionConfig.positiveInt(config, MAILS_PER_DAY, DEFAULT_MAILS_PER_DAY));
    }

    /**
     * Back through the mailed link: on to the new password, unless a newer link or a change of the
     * account has voided it (R-SEC-6). Keycloak spends an action token when its flow ends in a login;
     * this procedure ends on a completion page instead, so the link is spent on opening: the page it
     * opened carries on in this authentication session, which keeps the link so that the password
     * page can tell whether it is still current, and the link itself cannot open another.
     */
    private static void backThroughLink(AuthenticationFlowContext context, UserModel user, AuthenticationSessionModel authSession) {
        Optional<MailLink> link = openedLink(authSession);
        MailLink.Spending spending = link.map(opened -> opened.spend(context.getSession(), user)).orElse(MailLink.Spending.VOID);
        if (spending != MailLink.Spending.SPENT) {
            context.forceChallenge(MailLinks.refused(context.getEvent().clone().event(EventType.RESET_PASSWORD).user(user),
                    context.form(), spending));
            return;
        }
        link.get().keep(authSession);
        context.success();
    }

    /** The link of this request; Keycloak keeps the token it has just verified in the authentication session. */
    private static Optional<MailLink> openedLink(AuthenticationSessionModel authSession) {
        String tokenString = authSession.getAuthNote(Constants.KEY);
        if (tokenString == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MailLink.of(TokenVerifier.create(tokenString, ResetCredentialsActionToken.class).getToken(), LINK_PURPOSE));
        } catch (VerificationException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    /** Our throttle's settings; Keycloak's options of this step (force login, federated only) do not apply: the procedure never logs in. */
    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive Reset Mail";
    }

    @Override
    public String getHelpText() {
        return "Mails password users a link to set a new password, at most once per quiet period and so many times a day per address; shows every requester the same page.";
    }
}
