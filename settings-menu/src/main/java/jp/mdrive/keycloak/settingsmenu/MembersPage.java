package jp.mdrive.keycloak.settingsmenu;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.organization.OrganizationProvider;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.MemberChanges;
import jp.mdrive.keycloak.core.identity.RefusedChange;

/**
 * 利用者管理 (manual 1.5, 2.2; R-ID-1, R-ID-4): the contract's admins register users, who get the
 * invitation mail, and send a member a login-method change link or an e-mail change link.
 */
final class MembersPage extends SettingsPage {

    MembersPage() {
        super("mdrive-settings-members.ftl");
    }

    @Override
    Response submit(SettingsContext context, MultivaluedMap<String, String> form) {
        Contract contract = context.contract();
        MemberChanges changes = new MemberChanges(context.session(), context.realm(),
                Authority.ofMember(contract, context.user(), context.viewer().today()));
        String action = form.getFirst("mdrive_action");
        try {
            if ("invite".equals(action)) {
                String email = changes.invite(new MemberChanges.Invitation(form.getFirst("email"), form.getFirst("lastName"),
                        form.getFirst("firstName"), "on".equals(form.getFirst("admin")), null)).getEmail();
                return show(form(context).setSuccess("mdrive.settings.members.invited", email));
            }
            if ("method-link".equals(action) || "email-link".equals(action)) {
                String sentTo = changes.sendChangeLink(form.getFirst("member"), new MemberChanges.ChangeLink(
                        "method-link".equals(action) ? "login-method" : "email", form.getFirst("email")));
                return show(form(context).setSuccess("mdrive.settings.members.linkSent", sentTo));
            }
            return show(form(context));
        } catch (RefusedChange e) {
            return show(form(context).setAttribute("typed", Map.of("email", value(form, "email"), "lastName", value(form, "lastName"),
                    "firstName", value(form, "firstName"))).setError(e.getMessage(), e.getParameters()));
        }
    }

    private static String value(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    @Override
    LoginFormsProvider form(SettingsContext context) {
        Contract contract = context.contract();
        List<Map<String, String>> members = context.session().getProvider(OrganizationProvider.class)
                .getMembersStream(contract.organization(), Map.of(), false, null, null)
                .map(member -> Map.of(
                        "id", member.getId(),
                        "email", member.getEmail() == null ? "" : member.getEmail(),
                        "name", ((member.getLastName() == null ? "" : member.getLastName()) + " "
                                + (member.getFirstName() == null ? "" : member.getFirstName())).strip(),
                        "role", contract.roleOf(member).name().toLowerCase(Locale.ROOT),
                        "loginMethod", LoginMethod.of(member).map(LoginMethod::value).orElse("")))
                .sorted(Comparator.comparing(m -> m.get("email")))
                .toList();
        return context.form().setAttribute("mdriveMembers", members);
    }
}
