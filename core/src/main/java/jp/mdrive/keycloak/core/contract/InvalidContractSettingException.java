package jp.mdrive.keycloak.core.contract;

import org.keycloak.models.ModelException;

/**
 * A contract setting that does not satisfy its rule. The message is a key of the {@code mdrive}
 * theme's messages, so each caller (a login page, a REST answer) renders it in the user's language.
 */
public class InvalidContractSettingException extends ModelException {

    private static final long serialVersionUID = 1L;

    public InvalidContractSettingException(String messageKey, Object... parameters) {
        super(messageKey, parameters);
    }
}
