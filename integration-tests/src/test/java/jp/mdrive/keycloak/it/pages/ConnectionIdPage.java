package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;

/** The Active Directory connection-ID page (manual 1.3). */
public class ConnectionIdPage extends MdrivePage {

    @FindBy(id = "kc-page-title")
    private WebElement title;

    @FindBy(id = "connection_id")
    private WebElement connectionId;

    @FindBy(id = "mdrive-ad-submit")
    private WebElement submit;

    @FindBy(id = "mdrive-ad-back-button")
    private WebElement back;

    @FindBy(id = "input-error-connection_id")
    private WebElement error;

    public ConnectionIdPage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    public String getExpectedPageId() {
        return "login-mdrive-connection-id";
    }

    public String title() {
        return title.getText().strip();
    }

    public void enter(String typed) {
        connectionId.clear();
        connectionId.sendKeys(typed);
        NextPage.after(driver, submit::click);
    }

    public String error() {
        return error.getText().strip();
    }

    public void back() {
        NextPage.after(driver, back::click);
    }
}
