package jp.mdrive.keycloak.it.pages;

import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The M-Drive login screen (manual 1.1). */
public class MdriveLoginPage extends MdrivePage {

    @FindBy(id = "kc-page-title")
    private WebElement title;

    @FindBy(id = "mdrive-settings-menu")
    private WebElement settingsMenu;

    @FindBy(id = "mdrive-settings-menu-link")
    private WebElement settingsMenuLink;

    @FindBy(id = "mdrive-forgot-password")
    private WebElement forgotPassword;

    @FindBy(css = "label[for=username]")
    private WebElement usernameLabel;

    @FindBy(css = "label[for=password]")
    private WebElement passwordLabel;

    @FindBy(id = "username")
    private WebElement username;

    @FindBy(id = "password")
    private WebElement password;

    @FindBy(id = "kc-login")
    private WebElement loginButton;

    @FindBy(id = "input-error-username")
    private WebElement usernameError;

    @FindBy(id = "mdrive-ad-button")
    private WebElement activeDirectoryButton;

    public MdriveLoginPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    public String getExpectedPageId() {
        return "login-login";
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

    public String title() {
        return title.getText().strip();
    }

    public String settingsMenuText() {
        return settingsMenu.getText().strip();
    }

    public WebElement settingsMenuLink() {
        return settingsMenuLink;
    }

    public WebElement forgotPasswordLink() {
        return forgotPassword;
    }

    public String usernameLabel() {
        return usernameLabel.getText().strip();
    }

    public String passwordLabel() {
        return passwordLabel.getText().strip();
    }

    public String loginButtonText() {
        return loginButton.getText().strip();
    }

    public WebElement activeDirectoryButton() {
        return activeDirectoryButton;
    }

    public String usernameError() {
        return usernameError.getText().strip();
    }

    /** Federated buttons in page order, by their visible label. */
    public List<String> federatedButtons() {
        return driver.driver().findElements(By.cssSelector("#mdrive-federated a")).stream()
                .map(a -> a.getText().strip()).toList();
    }

    /** The Active Directory button, which loads the connection-ID page. */
    public void chooseActiveDirectory() {
        NextPage.after(driver, () -> activeDirectoryButton().click());
    }

    public void logIn(String email, String secret) {
        username.clear();
        username.sendKeys(email);
        password.clear();
        password.sendKeys(secret);
        NextPage.after(driver, loginButton::click);
    }

}
