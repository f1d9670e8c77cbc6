package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** Keycloak's update-password page as the mdrive theme renders it. */
public class UpdatePasswordPage extends MdrivePage {

    @FindBy(id = "password-new")
    private WebElement newPassword;

    @FindBy(id = "password-confirm")
    private WebElement confirmation;

    @FindBy(id = "kc-submit")
    private WebElement submit;

    public UpdatePasswordPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    public String getExpectedPageId() {
        return "login-login-update-password";
    }

    public void setPassword(String password) {
        newPassword.clear();
        newPassword.sendKeys(password);
        confirmation.clear();
        confirmation.sendKeys(password);
        NextPage.after(driver, submit::click);
    }


    /** Policy refusals are page-level messages in Keycloak's update-password action. */
    public String error() {
        return getErrorMessage().map(String::strip).orElse("");
    }
}
