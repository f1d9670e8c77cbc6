package jp.mdrive.keycloak.authenticators.activedirectory;

import java.net.URI;

import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.authenticators.OwnStep;
import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationProcessor;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.Urls;
import org.keycloak.services.managers.ClientSessionCode;

/**
 * R-LOGIN-3: the connection-ID page behind the login page's "Active Directoryアカウントでログイン"
 * button. The connection ID is the alias of the contract's ADFS identity provider, so a valid one
 * sends the browser on to that provider; a malformed or unknown one stays here with a message.
 */
public class ConnectionIdForm implements OwnStep {

    static final String TEMPLATE = "mdrive-connection-id.ftl";
    static final String FIELD = "connection_id";
    static final String UNKNOWN = "mdrive.ad.unknownConnectionId";
    static final String UNKNOWN_ERROR = "mdrive_unknown_connection_id";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.challenge(page(context).createForm(TEMPLATE));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        String typed = context.getHttpRequest().getDecodedFormParameters().getFirst(FIELD);
        ConnectionId connectionId;
        try {
            connectionId = ConnectionId.parse(typed);
        } catch (InvalidContractSettingException e) {
            refuse(context, typed, Errors.INVALID_INPUT, e.getMessage(), e.getParameters());
            return;
        }
        IdentityProviderModel idp = context.getSession().identityProviders().getByAlias(connectionId.value());
        if (idp == null || !idp.isEnabled()) {
            refuse(context, typed, UNKNOWN_ERROR, UNKNOWN);
            return;
        }
        context.forceChallenge(Response.seeOther(brokerLogin(context, idp.getAlias())).build());
    }

    /** Into Keycloak's broker login for that provider, within this authentication session. */
    private static URI brokerLogin(AuthenticationFlowContext context, String alias) {
        String accessCode = new ClientSessionCode<>(context.getSession(), context.getRealm(), context.getAuthenticationSession())
                .getOrGenerateCode();
        return Urls.identityProviderAuthnRequest(context.getUriInfo().getBaseUri(), alias, context.getRealm().getName(), accessCode,
                context.getAuthenticationSession().getClient().getClientId(), context.getAuthenticationSession().getTabId(),
                AuthenticationProcessor.getClientData(context.getSession(), context.getAuthenticationSession()), null);
    }

    private static void refuse(AuthenticationFlowContext context, String typed, String error, String message, Object... parameters) {
        context.getEvent().detail(Details.IDENTITY_PROVIDER, typed == null ? "" : typed.strip()).error(error);
        context.challenge(page(context).setAttribute("typedConnectionId", typed == null ? "" : typed.strip())
                .addError(new FormMessage(FIELD, message, parameters)).createForm(TEMPLATE));
    }

    private static LoginFormsProvider page(AuthenticationFlowContext context) {
        return context.form().setExecution(context.getExecution().getId());
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
