package jp.mdrive.keycloak.core.identity;

import java.time.LocalDate;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;

import jp.mdrive.keycloak.core.authority.Authority;
import jp.mdrive.keycloak.core.authority.Change;
import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.identity.RefusedChange.Kind;
import jp.mdrive.keycloak.core.text.TypedLookup;

/**
 * R-ID-1 to R-ID-4 from the contract admin's side, for the REST API and the pages alike: registering
 * a user (who gets the 利用者登録のご案内 mail) and sending a member a login-method change or an e-mail
 * change link, one at a time. Who may do which to whom is the {@link Authority}'s to say (R-SEC-1).
 */
public record MemberChanges(KeycloakSession session, RealmModel realm, Authority authority) {

    /**
     * A user to register. {@code admin} makes them one of the contract's admins; {@code locale} (one
     * of the realm's languages) is the language of their mails and pages.
     */
    public record Invitation(String email, String lastName, String firstName, Boolean admin, String locale) {
    }

    /** The change a link is for: {@code login-method} (address unchanged) or {@code email} (to {@code email}). */
    public record ChangeLink(String change, String email) {
    }

    private static final Logger LOG = Logger.getLogger(MemberChanges.class);
    /** The most Keycloak's name and ID columns hold. */

    /**
     * Registers the user in the contract and mails the invitation. Inviting again someone who has not
     * registered yet sends a fresh link; anyone else with that address is a conflict.
     */
    public UserModel invite(Invitation invitation) {
        authority.toContract(Change.INVITATION).orThrow();
        if (invitation == null) {
            throw new RefusedChange(Kind.INVALID, "mdrive.api.invalidEmail", "");
        }
        String address = AddressRules.wellFormed(invitation.email());
        UserModel user = session.users().getUserByEmail(realm, address);
        if (user != null && !(authority.contract().organization().isMember(user) && LoginMethod.of(user).isEmpty())) {
            throw new RefusedChange(Kind.CONFLICT, "mdrive.api.addressTaken", address);
        }
        if (user == null) {
            PersonName name = PersonName.checked(session, address, invitation.lastName(), invitation.firstName());
            if (invitation.locale() != null && realm.getSupportedLocalesStream().noneMatch(invitation.locale()::equals)) {
                throw new RefusedChange(Kind.INVALID, "mdrive.api.unsupportedLocale", invitation.locale());
            }
            AddressRules.newAddressFor(session, realm, null, address);
            user = session.users().addUser(realm, address);
            user.setEmail(address);
            user.setLastName(name.lastName());
            user.setFirstName(name.firstName());
            user.setEnabled(true);
            if (invitation.locale() != null) {
                user.setSingleAttribute(UserModel.LOCALE, invitation.locale());
            }
            session.getProvider(OrganizationProvider.class).addMember(authority.contract().organization(), user);
            if (Boolean.TRUE.equals(invitation.admin())) {
                authority.contract().addAdmin(user);
            }
        }
        UserModel actor = authority.actor();
        String inviter = actor.getEmail() == null ? actor.getUsername() : actor.getEmail();
        LoginSetupLinks.mail(session, realm, user, LoginSetupPurpose.INVITATION, null, Map.of("inviter", inviter));
        LOG.infof("Contract %s: user %s invited by user %s", authority.contract().alias(), user.getId(), actor.getId());
        return user;
    }

    /** Mails the member the link of the change asked for, and says where; asking for both at once is refused. */
    public String sendChangeLink(String userId, ChangeLink request) {
        UserModel member = TypedLookup.user(session, realm, userId);
        if (member == null || !authority.contract().organization().isMember(member)) {
            throw new RefusedChange(Kind.NOT_FOUND, "mdrive.api.memberNotFound");
        }
        String change = request == null ? null : request.change();
        String sentTo;
        if ("login-method".equals(change)) {
            authority.toMember(Change.LOGIN_METHOD, member).orThrow();
            if (!isBlank(request.email()) && !request.email().strip().equalsIgnoreCase(member.getEmail())) {
                // manual 2.2: the address changes first, the login method afterwards
                throw new RefusedChange(Kind.INVALID, "mdrive.api.notBothAtOnce");
            }
            LoginSetupLinks.mail(session, realm, member, LoginSetupPurpose.METHOD_CHANGE, null, Map.of());
            sentTo = member.getEmail();
        } else if ("email".equals(change)) {
            authority.toMember(Change.EMAIL, member).orThrow();
            String address = AddressRules.newAddressFor(session, realm, member, request.email());
            LoginSetupLinks.mail(session, realm, member, LoginSetupPurpose.EMAIL_CHANGE, address, Map.of());
            sentTo = address;
        } else {
            throw new RefusedChange(Kind.INVALID, "mdrive.api.invalidChange", change == null ? "" : change);
        }
        LOG.infof("Contract %s: %s link for user %s sent by user %s", authority.contract().alias(), change, member.getId(), authority.actor().getId());
        return sentTo;
    }

    /**
     * The contract in which the user may make that change to their own account (R-ID-2, R-ID-3: the
     * contractor's, on the basic plan), as the authority decides.
     */
    public static Contract requireOwnChange(KeycloakSession session, UserModel user, Change change, LocalDate today) {
        Contract contract = Contract.ofMember(session, user)
                .orElseThrow(() -> new RefusedChange(Kind.FORBIDDEN, "mdrive.api.contractorOnly"));
        Authority.ofMember(contract, user, today).toOwnAccount(change).orThrow();
        return contract;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
