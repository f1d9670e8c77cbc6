package jp.mdrive.keycloak.authenticators.activedirectory;

import jp.mdrive.keycloak.authenticators.StepFactory;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

/** An ALTERNATIVE beside the password form: the login page's AD button switches to it. */
public class ConnectionIdFormFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-connection-id";

    public ConnectionIdFormFactory() {
        super(new Description(PROVIDER_ID, "M-Drive Active Directory Connection ID",
                "Asks for the contract's Active Directory connection ID and redirects to the identity provider of that alias.",
                null), new ConnectionIdForm(), Requirement.ALTERNATIVE, Requirement.DISABLED);
    }
}
