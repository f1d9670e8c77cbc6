package jp.mdrive.keycloak.requiredactions.loginsetup;

import java.util.Optional;

import org.keycloak.sessions.AuthenticationSessionModel;

import jp.mdrive.keycloak.core.identity.LoginMethod;
import jp.mdrive.keycloak.core.identity.LoginSetupPurpose;
import jp.mdrive.keycloak.core.maillink.MailLink;

/**
 * Where a login setup stands, in notes of the authentication session the link opened: the link's
 * purpose and addresses, the page shown, the method picked. Nothing of it is in the browser.
 */
final class SetupState {

    enum Page { CHOOSE, PASSWORD, CONNECTION_ID, CONFIRM, EMAIL, DONE }

    private static final String PURPOSE = "mdrive.setup.purpose";
    private static final String NEW_ADDRESS = "mdrive.setup.new-address";
    private static final String PAGE = "mdrive.setup.page";
    private static final String METHOD = "mdrive.setup.method";

    private final AuthenticationSessionModel authSession;

    SetupState(AuthenticationSessionModel authSession) {
        this.authSession = authSession;
    }

    static void start(AuthenticationSessionModel authSession, LoginSetupPurpose purpose, String newAddress, MailLink link) {
        authSession.setAuthNote(PURPOSE, purpose.value());
        if (newAddress != null) {
            authSession.setAuthNote(NEW_ADDRESS, newAddress);
        }
        link.keep(authSession);
        authSession.setAuthNote(PAGE, (purpose == LoginSetupPurpose.EMAIL_CHANGE ? Page.EMAIL : Page.CHOOSE).name());
    }

    Optional<LoginSetupPurpose> purpose() {
        return LoginSetupPurpose.parse(authSession.getAuthNote(PURPOSE));
    }

    String newAddress() {
        return authSession.getAuthNote(NEW_ADDRESS);
    }

    Optional<MailLink> link() {
        return MailLink.kept(authSession);
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
