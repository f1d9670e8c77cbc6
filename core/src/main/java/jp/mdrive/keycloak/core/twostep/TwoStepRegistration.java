package jp.mdrive.keycloak.core.twostep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.OTPCredentialModel;
import org.keycloak.util.JsonSerialization;

import jp.mdrive.keycloak.core.code.Sha256;
import jp.mdrive.keycloak.core.sms.MaskedPhoneNumber;

/**
 * A user's 2-step verification registration: the SMS phone (a credential of our own type) or
 * Keycloak's own OTP credential, plus the recovery code; and the generation counter that remembered
 * browsers are bound to. {@link #reset()} is the one way every feature (password reset, recovery
 * code use, login-method and e-mail change, admin) resets it (R-2SV-8).
 */
public final class TwoStepRegistration {

    public static final String SMS_PHONE_TYPE = "mdrive-sms-phone";
    public static final String GENERATION = "mdrive.2sv.generation";

    /** The required action by which an admin asks for a fresh registration at the user's next sign-in. */
    public static final String RESET_REQUIRED_ACTION = "mdrive-reset-two-step-verification";

    /** Every credential type a registration consists of. */
    public static final Set<String> TYPES = Set.of(SMS_PHONE_TYPE, OTPCredentialModel.TYPE, RecoveryCode.TYPE);

    public enum Method {
        SMS, AUTHENTICATOR
    }

    public record PhoneData(String phoneNumber) {
    }

    private final UserModel user;

    private TwoStepRegistration(UserModel user) {
        this.user = user;
    }

    public static TwoStepRegistration of(UserModel user) {
        return new TwoStepRegistration(user);
    }

    /** How the user passes 2SV; empty while not enrolled. An authenticator app wins over SMS. */
    public Optional<Method> method() {
        if (stored(OTPCredentialModel.TYPE).findAny().isPresent()) {
            return Optional.of(Method.AUTHENTICATOR);
        }
        return phoneNumber().map(phone -> Method.SMS);
    }

    /** The registered SMS number, E.164. */
    public Optional<String> phoneNumber() {
        return stored(SMS_PHONE_TYPE).findFirst().map(credential -> {
            try {
                return JsonSerialization.readValue(credential.getCredentialData(), PhoneData.class).phoneNumber();
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable SMS phone credential " + credential.getId(), e);
            }
        });
    }

    public Optional<CredentialModel> recoveryCode() {
        return stored(RecoveryCode.TYPE).findFirst();
    }

    public Optional<CredentialModel> authenticator() {
        return stored(OTPCredentialModel.TYPE).findFirst();
    }

    /** Registers an SMS number (E.164), replacing any earlier one. */
    public void registerPhone(String e164) {
        removeStored(SMS_PHONE_TYPE);
        CredentialModel phone = new CredentialModel();
        phone.setType(SMS_PHONE_TYPE);
        phone.setCreatedDate(Time.currentTimeMillis());
        phone.setUserLabel(MaskedPhoneNumber.of(e164));
        try {
            phone.setCredentialData(JsonSerialization.writeValueAsString(new PhoneData(e164)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        phone.setSecretData("{}");
        user.credentialManager().createStoredCredential(phone);
    }

    /** Registers an authenticator app (Keycloak's own OTP credential under the realm's policy), replacing any earlier one. */
    public CredentialModel registerAuthenticator(RealmModel realm, String secret) {
        removeStored(OTPCredentialModel.TYPE);
        return user.credentialManager().createStoredCredential(OTPCredentialModel.createFromPolicy(realm, secret, "Authenticator"));
    }

    /** Stores a recovery code credential, replacing any earlier one. */
    public void registerRecoveryCode(CredentialModel recoveryCode) {
        removeStored(RecoveryCode.TYPE);
        user.credentialManager().createStoredCredential(recoveryCode);
    }

    /** Removes phone, authenticator and recovery code, and forgets every remembered browser. */
    public void reset() {
        TYPES.forEach(this::removeStored);
        forgetRememberedBrowsers();
    }

    /**
     * The admin's "Reset 2-step verification" required action, carried out where the user meets it
     * first (the 2SV step, or after a sign-in that has none), with the same event either way.
     */
    public void resetAsAdminAsked(EventBuilder event) {
        reset();
        user.removeRequiredAction(RESET_REQUIRED_ACTION);
        removed(event, user, "mdrive_admin_reset");
    }

    /** The event of a reset: which credential types went, and why. */
    public static void removed(EventBuilder event, UserModel user, String reason) {
        event.clone().event(EventType.REMOVE_CREDENTIAL).user(user)
                .detail(Details.CREDENTIAL_TYPE, TYPES.stream().sorted().collect(Collectors.joining(",")))
                .detail(Details.REASON, reason)
                .success();
    }

    /** Bumps the generation: every remembered-browser cookie issued before no longer counts. */
    public void forgetRememberedBrowsers() {
        user.setSingleAttribute(GENERATION, Long.toString(generation() + 1));
    }

    long generation() {
        String stored = user.getFirstAttribute(GENERATION);
        try {
            return stored == null ? 0 : Long.parseLong(stored);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * What a remembered browser is bound to: the generation, the e-mail address and the registration's
     * credentials. So a cookie dies with any reset even if the counter were lost (say an admin edit
     * dropped the attribute), with an e-mail change by any path, and with a credential an admin removed.
     */
    public String fingerprint() {
        List<String> parts = new ArrayList<>();
        parts.add(Long.toString(generation()));
        parts.add(user.getEmail() == null ? "" : user.getEmail());
        TYPES.stream().flatMap(this::stored).map(CredentialModel::getId).sorted().forEach(parts::add);
        return Sha256.base64(parts.toArray(String[]::new));
    }

    private Stream<CredentialModel> stored(String type) {
        return user.credentialManager().getStoredCredentialsByTypeStream(type);
    }

    private void removeStored(String type) {
        stored(type).map(CredentialModel::getId).toList().forEach(user.credentialManager()::removeStoredCredentialById);
    }
}
