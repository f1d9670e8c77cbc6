package jp.mdrive.keycloak.adminapi;

import java.util.Locale;

import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.twostep.TwoStepRegistration;

/**
 * One member of a contract in JSON. {@code loginMethod} is null while the user has none yet;
 * {@code twoStepVerification} is {@code sms}, {@code authenticator} or null (not enrolled).
 */
public record MemberRepresentation(
        String id,
        String email,
        String firstName,
        String lastName,
        String role,
        String loginMethod,
        boolean enabled,
        String twoStepVerification) {

    static MemberRepresentation of(Contract contract, UserModel user) {
        return new MemberRepresentation(user.getId(), user.getEmail(), user.getFirstName(), user.getLastName(),
                contract.roleOf(user).name().toLowerCase(Locale.ROOT),
                LoginMethod.of(user).map(LoginMethod::value).orElse(null),
                user.isEnabled(),
                TwoStepRegistration.of(user).method().map(method -> method.name().toLowerCase(Locale.ROOT)).orElse(null));
    }
}
