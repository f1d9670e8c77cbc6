package jp.mdrive.keycloak.adminapi;

import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.contract.InvalidContractSettingException;
import jp.mdrive.keycloak.core.identity.AddressRules;
import jp.mdrive.keycloak.core.identity.MemberChanges;
import jp.mdrive.keycloak.core.identity.RefusedChange;
import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * {@code /realms/{realm}/mdrive/me}: the contractor's own login method and e-mail address (R-ID-2,
 * R-ID-3). Only the contractor of a basic-plan contract, as the authority table says, and only on a
 * sign-in of the last minutes (R-SEC-2): the pages these lead to set a new password.
 */
public class MeResource {

    /** Body of {@code POST email-change}: the new address twice, as the page asks for it. */
    public record EmailChangeRequest(String email, String emailConfirmation) {
    }

    private static final Logger LOG = Logger.getLogger(MeResource.class);

    private final KeycloakSession session;
    private final Caller caller;

    MeResource(KeycloakSession session, Caller caller) {
        this.session = session;
        this.caller = caller;
    }

    /** A link, valid a few minutes, that the settings menu opens at once: the ログイン方法の設定 pages. */
    @POST
    @Path("login-method-change")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> loginMethodChange() {
        UserModel user = caller.user();
        requireOwnChange(user, Change.LOGIN_METHOD);
        RealmModel realm = session.getContext().getRealm();
        return Map.of("url", LoginSetupLinks.url(session, realm, user, LoginSetupPurpose.METHOD_CHANGE, null, LoginSetupLinks.DIRECT_LIFESPAN));
    }

    /** メールアドレス変更: mails 【M-Drive】メールアドレス変更登録 to the new address; nothing changes until its link is used. */
    @POST
    @Path("email-change")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response emailChange(String body) {
        UserModel user = caller.user();
        requireOwnChange(user, Change.EMAIL);
        EmailChangeRequest request = JsonBody.read(session, user, body, EmailChangeRequest.class);
        RealmModel realm = session.getContext().getRealm();
        try {
            String address = AddressRules.newAddressTwice(session, realm, user, request == null ? null : request.email(),
                    request == null ? null : request.emailConfirmation());
            LoginSetupLinks.mail(session, realm, user, LoginSetupPurpose.EMAIL_CHANGE, address, Map.of());
            LOG.infof("User %s asked to change their e-mail address", user.getId());
            return Response.accepted(Map.of("sentTo", address)).type(MediaType.APPLICATION_JSON_TYPE).build();
        } catch (RefusedChange e) {
            throw ApiError.of(session, user, e).exception();
        }
    }

    private void requireOwnChange(UserModel user, Change change) {
        caller.requireFreshSignIn();
        try {
            MemberChanges.requireOwnChange(session, user, change, JapanCalendar.today());
        } catch (RefusedChange e) {
            throw ApiError.of(session, user, e).exception();
        } catch (InvalidContractSettingException e) {
            throw ApiError.of(session, user, Response.Status.CONFLICT, e.getMessage(), e.getParameters()).exception();
        }
    }
}
