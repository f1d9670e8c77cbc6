package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import jp.mdrive.keycloak.requiredactions.loginsetup.SetupState.Page;

/** One page of a login setup: what it shows and what its buttons do. */
interface SetupPage {

    static SetupPage of(Page page) {
        return switch (page) {
            case CHOOSE -> new ChoosePage();
            case PASSWORD -> new PasswordPage();
            case CONNECTION_ID -> new ConnectionIdPage();
            case CONFIRM -> new ConfirmPage();
            case EMAIL -> new EmailPage();
            case DONE -> new SetupDonePage();
        };
    }

    /** The page as it opens, from the link or from the page before. */
    Response open(SetupContext setup);

    /** A button pressed on this page: the page again with a message, the next page, or the change made. */
    void submit(SetupContext setup, MultivaluedMap<String, String> form);
}
