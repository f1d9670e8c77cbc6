package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** The Active Directory connection-ID page (manual 1.3). */
public class ConnectionIdPage extends MdrivePage {

    public ConnectionIdPage(ManagedWebDriver driver) {
        super(driver, "login-mdrive-connection-id");
    }

    public void enter(String typed) {
        type("connection_id", typed);
        clickThrough("mdrive-ad-submit");
    }

    public String error() {
        return text("input-error-connection_id");
    }

    public void back() {
        clickThrough("mdrive-ad-back-button");
    }
}
