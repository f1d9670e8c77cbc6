package jp.mdrive.keycloak.settingsmenu;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractCancellation;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;

/**
 * 解約: a basic contract is cancelled after a confirmation that asks to tick that the consequence
 * was read; every member, the contractor too, is disabled in the same transaction.
 */
final class CancellationPage extends SettingsPage {

    CancellationPage() {
        super("mdrive-settings-cancellation.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        if (!context.step().equals("confirm")) {
            return confirmation(context, context.form());
        }
        if (!"on".equals(form.getFirst("understood"))) {
            return show(context.form().setAttribute("mdriveConfirm", true).setError("mdrive.settings.cancellation.confirmRequired")
                    );
        }
        Contract contract = context.contract();
        try {
            ContractCancellation.cancel(context.session(), contract, context.viewer().today());
        } catch (InvalidContractSettingException e) {
            context.step("form");
            return show(context.form().setError(e.getMessage(), e.getParameters()));
        }
        context.event(EventType.UPDATE_PROFILE).detail("mdrive_cancelled_on", context.viewer().today().toString()).success();
        return context.doneWithoutMenu("mdrive.settings.cancellation.title", "mdrive.settings.cancellation.done");
    }
}
