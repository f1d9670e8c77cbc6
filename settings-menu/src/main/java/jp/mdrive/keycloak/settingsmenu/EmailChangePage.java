package jp.mdrive.keycloak.settingsmenu;

import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.events.EventType;

import jp.mdrive.keycloak.core.identity.AddressRules;
import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.identity.RefusedChange;

/**
 * メールアドレス変更 (R-ID-3): the new address twice; 【M-Drive】メールアドレス変更登録 goes to it, and
 * nothing changes until its link is used.
 */
final class EmailChangePage extends SettingsPage {

    EmailChangePage() {
        super("mdrive-settings-email.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        String typed = form.getFirst("email");
        try {
            String address = AddressRules.newAddressTwice(context.session(), context.realm(), context.user(), typed, form.getFirst("email-confirm"));
            LoginSetupLinks.mail(context.session(), context.realm(), context.user(), LoginSetupPurpose.EMAIL_CHANGE, address, Map.of());
            context.event(EventType.SEND_VERIFY_EMAIL).detail("mdrive_new_email", address).success();
            return context.done("mdrive.settings.email.title", "mdrive.settings.email.sent", Map.of("mdriveSentTo", address));
        } catch (RefusedChange e) {
            return show(context.form().setAttribute("typedEmail", typed == null ? "" : typed)
                    .setError(e.getMessage(), e.getParameters()));
        }
    }
}
