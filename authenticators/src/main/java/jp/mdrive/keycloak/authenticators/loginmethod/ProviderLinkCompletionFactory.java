package jp.mdrive.keycloak.authenticators.loginmethod;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class ProviderLinkCompletionFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-provider-link-completion";

    public ProviderLinkCompletionFactory() {
        super(new Description(PROVIDER_ID, "M-Drive provider link completion",
                "Post-broker login: ends a provider sign-in started by the login-setup pages on their completion page, without a code.", null),
                new ProviderLinkCompletion(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
