package jp.mdrive.keycloak.adminapi;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.contract.ContractRole;
import jp.mdrive.keycloak.core.contract.Plan;
import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginSetupLinks;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;

/**
 * R-ID-1 and R-ID-4 from the contract admin's side: registering a user (who gets the 利用者登録のご案内
 * mail) and sending a member a login-method change or an e-mail change link, one at a time.
 */
final class MemberLinks {

    /**
     * Body of {@code POST invitations}. {@code admin} makes the user one of the contract's admins;
     * {@code locale} (one of the realm's languages) is the language of their mails and pages.
     */
    public record Invitation(String email, String lastName, String firstName, Boolean admin, String locale) {
    }

    /**
     * Body of {@code POST members/{id}/change-link}: {@code change} is {@code login-method} (the address
     * stays; an {@code email} given must be the current one) or {@code email} (to the new {@code email}).
     */
    public record ChangeLink(String change, String email) {
    }

    private static final Logger LOG = Logger.getLogger(MemberLinks.class);

    private final KeycloakSession session;
    private final Caller caller;
    private final Contract contract;

    MemberLinks(KeycloakSession session, Caller caller, Contract contract) {
        this.session = session;
        this.caller = caller;
        this.contract = contract;
    }

    /**
     * Registers the user in the contract and mails the invitation. Inviting again someone who has not
     * registered yet sends a fresh link; anyone else with that address is a conflict.
     */
    UserModel invite(Invitation invitation) {
        if (invitation == null) {
            throw error(Response.Status.BAD_REQUEST, "mdrive.api.invalidEmail", "");
        }
        RealmModel realm = session.getContext().getRealm();
        AddressRules addresses = new AddressRules(session, caller.user());
        String address = addresses.wellFormed(invitation.email());
        UserModel user = session.users().getUserByEmail(realm, address);
        if (user != null && !(contract.organization().isMember(user) && LoginMethod.of(user).isEmpty())) {
            throw error(Response.Status.CONFLICT, "mdrive.api.addressTaken", address);
        }
        if (user == null) {
            if (isBlank(invitation.lastName()) || isBlank(invitation.firstName())) {
                throw error(Response.Status.BAD_REQUEST, "mdrive.api.nameRequired");
            }
            if (invitation.locale() != null && realm.getSupportedLocalesStream().noneMatch(invitation.locale()::equals)) {
                throw error(Response.Status.BAD_REQUEST, "mdrive.api.unsupportedLocale", invitation.locale());
            }
            addresses.newAddressFor(null, address);
            user = session.users().addUser(realm, address);
            user.setEmail(address);
            user.setLastName(invitation.lastName().strip());
            user.setFirstName(invitation.firstName().strip());
            user.setEnabled(true);
            if (invitation.locale() != null) {
                user.setSingleAttribute(UserModel.LOCALE, invitation.locale());
            }
            session.getProvider(OrganizationProvider.class).addMember(contract.organization(), user);
            if (Boolean.TRUE.equals(invitation.admin())) {
                contract.addAdmin(user);
            }
        }
        String inviter = caller.user().getEmail() == null ? caller.user().getUsername() : caller.user().getEmail();
        LoginSetupLinks.mail(session, realm, user, LoginSetupPurpose.INVITATION, null, Map.of("inviter", inviter));
        LOG.infof("Contract %s: user %s invited by user %s", contract.alias(), user.getId(), caller.user().getId());
        return user;
    }

    /** Mails the member the link of the change asked for, and says where; asking for both at once is refused. */
    String sendChangeLink(String userId, ChangeLink request) {
        RealmModel realm = session.getContext().getRealm();
        UserModel member = userId == null ? null : session.users().getUserById(realm, userId);
        if (member == null || !contract.organization().isMember(member)) {
            throw error(Response.Status.NOT_FOUND, "mdrive.api.memberNotFound");
        }
        if (contract.roleOf(member) == ContractRole.CONTRACTOR && contract.plan() == Plan.TRIAL) {
            // manual 2: on a trial the contractor's login method and address stay as they are
            throw error(Response.Status.FORBIDDEN, "mdrive.api.trialCannotChange");
        }
        String change = request == null ? null : request.change();
        String sentTo;
        if ("login-method".equals(change)) {
            if (request.email() != null && !request.email().isBlank() && !request.email().strip().equalsIgnoreCase(member.getEmail())) {
                // manual 2.2: the address changes first, the login method afterwards
                throw error(Response.Status.BAD_REQUEST, "mdrive.api.notBothAtOnce");
            }
            LoginSetupLinks.mail(session, realm, member, LoginSetupPurpose.METHOD_CHANGE, null, Map.of());
            sentTo = member.getEmail();
        } else if ("email".equals(change)) {
            String address = new AddressRules(session, caller.user()).newAddressFor(member, request.email());
            LoginSetupLinks.mail(session, realm, member, LoginSetupPurpose.EMAIL_CHANGE, address, Map.of());
            sentTo = address;
        } else {
            throw error(Response.Status.BAD_REQUEST, "mdrive.api.invalidChange", change == null ? "" : change);
        }
        LOG.infof("Contract %s: %s link for user %s sent by user %s", contract.alias(), change, member.getId(), caller.user().getId());
        return sentTo;
    }

    private RuntimeException error(Response.Status status, String key, Object... parameters) {
        return ApiError.of(session, caller.user(), status, key, parameters).exception();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
