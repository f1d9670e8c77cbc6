package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** Keycloak's update-password page as the mdrive theme renders it. */
public class UpdatePasswordPage extends MdrivePage {

    public UpdatePasswordPage(ManagedWebDriver driver) {
        super(driver, "login-login-update-password");
    }

    public void setPassword(String password) {
        type("password-new", password);
        type("password-confirm", password);
        clickThrough("kc-submit");
    }

    /** Policy refusals are page-level messages in Keycloak's update-password action. */
    public String error() {
        return getErrorMessage().map(String::strip).orElse("");
    }
}
