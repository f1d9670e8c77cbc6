package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;

import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;

/**
 * Where a login setup stands, in notes of the authentication session the link opened: the link's
 * purpose and addresses, the page shown, the method picked. Nothing of it is in the browser.
 */
final class SetupState {

    enum Page { CHOOSE, PASSWORD, CONNECTION_ID, CONFIRM, EMAIL, DONE }

    private static final String PURPOSE = "mdrive.setup.purpose";
    private static final String NEW_ADDRESS = "mdrive.setup.new-address";
    private static final String LINK_KEY = "mdrive.setup.link-key";
    private static final String LINK_EXPIRES = "mdrive.setup.link-expires";
    private static final String PAGE = "mdrive.setup.page";
    private static final String METHOD = "mdrive.setup.method";

    private final AuthenticationSessionModel authSession;

    SetupState(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    static void start(AuthenticationSessionModel authSession, LoginSetupPurpose purpose, String newAddress, String linkKey,
                      long linkExpires) {
        authSession.setAuthNote(PURPOSE, purpose.value());
        if (newAddress != null) {
            authSession.setAuthNote(NEW_ADDRESS, newAddress);
        }
        authSession.setAuthNote(LINK_KEY, linkKey);
        authSession.setAuthNote(LINK_EXPIRES, Long.toString(linkExpires));
        authSession.setAuthNote(PAGE, (purpose == LoginSetupPurpose.EMAIL_CHANGE ? Page.EMAIL : Page.CHOOSE).name());
    }

    Optional<LoginSetupPurpose> purpose() {
        return LoginSetupPurpose.parse(authSession.getAuthNote(PURPOSE));
    }

    String newAddress() {
        return authSession.getAuthNote(NEW_ADDRESS);
    }

    String linkKey() {
        return authSession.getAuthNote(LINK_KEY);
    }

    long linkExpires() {
        return Long.parseLong(authSession.getAuthNote(LINK_EXPIRES));
    }

    Page page() {
        String page = authSession.getAuthNote(PAGE);
        return page == null ? Page.CHOOSE : Page.valueOf(page);
    }

    void show(Page page) {
        authSession.setAuthNote(PAGE, page.name());
    }

    Optional<LoginMethod> method() {
        return Optional.ofNullable(authSession.getAuthNote(METHOD)).map(LoginMethod::new);
    }

    void pick(LoginMethod method) {
        authSession.setAuthNote(METHOD, method.value());
    }
}
