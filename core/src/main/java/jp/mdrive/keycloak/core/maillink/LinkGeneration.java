package jp.mdrive.keycloak.core.maillink;

import java.util.Locale;
import java.util.UUID;

import org.keycloak.authentication.actiontoken.DefaultActionToken;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.code.Sha256;

/**
 * R-SEC-6: every mail link carries the generation of its purpose (invitation, login-method change,
 * e-mail change, password reset, unlock) for its user, and is void once that is no longer the
 * user's. Issuing a link starts a new generation of its purpose, so the newer link voids the older
 * ones; a change of how the user signs in (a setup completed, a password changed or reset, the
 * address changed) drops every generation, so no link sent before it can act on the account after it.
 *
 * <p>A generation is a random value in user attribute {@code mdrive.link-generation.<purpose>}, not a
 * counter: an attribute deleted by hand must not let an old link come back to life when the count
 * reaches its number again. What a link carries is a hash of the value and the user's address, so
 * an address changed by any path, the admin console included, voids the links as well.
 */
public final class LinkGeneration {

    /** The event error of a link refused because it is void. */
    public static final String VOID = "mdrive_link_void";
    static final String ATTRIBUTE_PREFIX = "mdrive.link-generation.";
    static final String NOTE = "mdrive.generation";

    private final UserModel user;

    private LinkGeneration(UserModel user) {
        this.user = user;
    }

    public static LinkGeneration of(UserModel user) {
        return new LinkGeneration(user);
    }

    /** Starts a new generation of the purpose and writes it on the token: the earlier links of the purpose are void. */
    public void stamp(DefaultActionToken token, String purpose) {
        String generation = UUID.randomUUID().toString();
        user.setSingleAttribute(ATTRIBUTE_PREFIX + purpose, generation);
        token.setNote(NOTE, carried(generation));
    }

    /** What the token carries, for checking once the token is no longer at hand. */
    public static String carriedBy(DefaultActionToken token) {
        return token.getNote(NOTE);
    }

    public boolean isCurrent(DefaultActionToken token, String purpose) {
        return isCurrent(purpose, carriedBy(token));
    }

    /** Whether a link of the purpose carrying that value may still act; a link without one (older than this rule) may not. */
    public boolean isCurrent(String purpose, String carried) {
        String generation = user.getFirstAttribute(ATTRIBUTE_PREFIX + purpose);
        return generation != null && Sha256.same(carried(generation), carried);
    }

    /** Whether a link of the purpose was sent and nothing has voided it since (its expiry aside). */
    public boolean hasOutstanding(String purpose) {
        return user.getFirstAttribute(ATTRIBUTE_PREFIX + purpose) != null;
    }

    /** Voids the outstanding links of one purpose: what they were sent for has been done another way. */
    public void voidPurpose(String purpose) {
        user.removeAttribute(ATTRIBUTE_PREFIX + purpose);
    }

    /** Voids every outstanding link of the user, of every purpose. */
    public void voidAll() {
        user.getAttributes().keySet().stream().filter(name -> name.startsWith(ATTRIBUTE_PREFIX)).toList()
                .forEach(user::removeAttribute);
    }

    private String carried(String generation) {
        String address = user.getEmail() == null ? "" : user.getEmail().toLowerCase(Locale.ROOT);
        return Sha256.base64(generation, address);
    }
}
