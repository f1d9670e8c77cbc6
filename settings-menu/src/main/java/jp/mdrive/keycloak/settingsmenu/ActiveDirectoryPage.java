package jp.mdrive.keycloak.settingsmenu;

import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;

import jp.mdrive.keycloak.core.activedirectory.ActiveDirectorySetup;
import jp.mdrive.keycloak.core.contract.ConnectionId;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;

/**
 * Active Directory設定 (R-LOGIN-3): the ADFS's protocol and metadata URL (and, for OIDC, the client
 * registered there); the connection ID is issued on first setup and mailed to the contractor with
 * the login URLs. The same setup as the REST API's.
 */
final class ActiveDirectoryPage extends SettingsPage {

    ActiveDirectoryPage() {
        super("mdrive-settings-ad.ftl");
    }

    @Override
    Response open(SettingsContext context) {
        return show(form(context, Map.of()));
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        Map<String, String> typed = Map.of("protocol", value(form, "protocol"), "metadataUrl", value(form, "metadataUrl"),
                "clientId", value(form, "clientId"));
        try {
            ConnectionId connectionId = new ActiveDirectorySetup(context.session()).apply(contract,
                    new ActiveDirectorySetup.Request(form.getFirst("protocol"), form.getFirst("metadataUrl"), form.getFirst("clientId"),
                            form.getFirst("clientSecret")));
            context.event(EventType.UPDATE_PROFILE).detail("mdrive_ad_connection_id", connectionId.value()).success();
            return context.done("mdrive.settings.ad.title", "mdrive.settings.ad.done");
        } catch (InvalidContractSettingException e) {
            return show(form(context, typed).setError(e.getMessage(), e.getParameters()));
        }
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private static LoginFormsProvider form(SettingsContext context, Map<String, String> typed) {
        Contract contract = context.contract();
        return context.form().setAttribute("mdriveConnectionId", contract.adConnectionId().map(ConnectionId::value).orElse(""))
                .setAttribute("mdriveTyped", typed);
    }
}
