package jp.mdrive.keycloak.it.pages;

import java.util.List;

import jp.mdrive.keycloak.it.Elements;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;

/** The M-Drive login screen (manual 1.1). */
public class MdriveLoginPage extends MdrivePage {

    public MdriveLoginPage(ManagedWebDriver driver) {
        super(driver, "login-login");
    }

    /**
     * Opens the login page as a new visitor (no cookies of an earlier test) through the account
     * console of the realm at that URL, in the language picked from the page's menu.
     */
    public void openFresh(String realmUrl, String language) {
        // A plain document under the realm's path, so the SSO cookies are in reach and no page is
        // still redirecting (and setting cookies again) while they are deleted.
        driver.open(realmUrl + "/.well-known/openid-configuration");
        driver.driver().manage().deleteAllCookies();
        driver.open(realmUrl + "/account/");
        assertCurrent();
        selectLanguage(language);
        assertCurrent();
    }

    /** Federated buttons in page order, by their visible label. */
    public List<String> federatedButtons() {
        return Elements.now(driver, By.cssSelector("#mdrive-federated a")).stream()
                .map(a -> a.getText().strip()).toList();
    }

    /** The Active Directory button, which loads the connection-ID page. */
    public void chooseActiveDirectory() {
        clickThrough("mdrive-ad-button");
    }

    public void logIn(String email, String secret) {
        type("username", email);
        type("password", secret);
        clickThrough("kc-login");
    }
}
