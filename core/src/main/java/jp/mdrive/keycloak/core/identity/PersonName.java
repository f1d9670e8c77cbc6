package jp.mdrive.keycloak.core.identity;

import java.util.Map;
import java.util.Set;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

import jp.mdrive.keycloak.core.identity.RefusedChange.Kind;
import jp.mdrive.keycloak.core.text.TypedText;

/**
 * R-SEC-4: a new user's last and first name, as an admin types them, checked before they are stored.
 * First the realm's user profile, as the admin console checks it (lengths, Keycloak's
 * {@code person-name-prohibited-characters}: no {@code < > & " / ( )} and the like, no ASCII
 * controls), then {@link TypedText}'s rule, which adds what that validator lets through (other
 * control, format and separator characters) and bounds the length by the database column in case
 * an operator drops the profile's own bound.
 */
record PersonName(String lastName, String firstName) {

    private static final Set<String> ATTRIBUTES = Set.of(UserModel.LAST_NAME, UserModel.FIRST_NAME);
    private static final int STORED_LENGTH = 255;

    /** @throws RefusedChange with the message key of the first rule a name breaks */
    static PersonName checked(KeycloakSession session, String address, String lastName, String firstName) {
        if (lastName == null || lastName.isBlank() || firstName == null || firstName.isBlank()) {
            throw new RefusedChange(Kind.INVALID, "mdrive.api.nameRequired");
        }
        PersonName name = new PersonName(lastName.strip(), firstName.strip());
        try {
            session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API, Map.of(UserModel.USERNAME, address,
                    UserModel.EMAIL, address, UserModel.LAST_NAME, name.lastName, UserModel.FIRST_NAME, name.firstName)).validate();
        } catch (ValidationException e) {
            // the address has its own rules (AddressRules); only the names are judged here
            e.getErrors().stream().filter(error -> ATTRIBUTES.contains(error.getAttribute())).findFirst().ifPresent(error -> {
                throw error.getMessage().startsWith("error-invalid-length") ? tooLong(error.getMessageParameters()) : invalidCharacters();
            });
        }
        for (String part : new String[] {name.lastName, name.firstName}) {
            TypedText.problem(part, STORED_LENGTH).ifPresent(problem -> {
                throw problem == TypedText.Problem.TOO_LONG ? new RefusedChange(Kind.INVALID, "mdrive.api.nameTooLong", STORED_LENGTH)
                        : invalidCharacters();
            });
        }
        return name;
    }

    /** The length validator's parameters are the attribute, its minimum and its maximum. */
    private static RefusedChange tooLong(Object[] parameters) {
        Object max = parameters != null && parameters.length > 2 && parameters[2] != null ? parameters[2] : STORED_LENGTH;
        return new RefusedChange(Kind.INVALID, "mdrive.api.nameTooLong", max);
    }

    private static RefusedChange invalidCharacters() {
        return new RefusedChange(Kind.INVALID, "mdrive.api.nameInvalidCharacters");
    }
}
