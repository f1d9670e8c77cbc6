package jp.mdrive.keycloak.authenticators.twostep;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.code.DailyAllowance;

/**
 * Wrong second-factor codes (SMS, app, recovery) per user per day, wherever they are typed: past the
 * cap, no code is checked until tomorrow, so guessing a 6-digit code is bounded per account.
 */
final class WrongCodes {

    private final DailyAllowance allowance;
    private final UserModel user;

    WrongCodes(KeycloakSession session, UserModel user, int perDay) {
        this.allowance = new DailyAllowance(session.singleUseObjects(), "wrong-2sv-codes", perDay);
        this.user = user;
    }

    boolean mayTry() {
        return !allowance.exhausted(user.getId());
    }

    void count() {
        allowance.take(user.getId());
    }
}
