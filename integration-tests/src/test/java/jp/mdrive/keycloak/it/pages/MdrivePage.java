package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.page.AbstractLoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A login-theme page whose language switch returns only once the page in the new language is there;
 * its elements are found by the ids the mdrive theme gives them, when asked for.
 */
public abstract class MdrivePage extends AbstractLoginPage {

    private final String pageId;

    /** The page id is what the theme's template names the page (the body's id). */
    protected MdrivePage(ManagedWebDriver driver, String pageId) {
        super(driver);
        this.pageId = pageId;
    }

    @Override
    public String getExpectedPageId() {
        return pageId;
    }

    @Override
    public void selectLanguage(String language) {
        // picking the language already shown loads nothing, so there would be no old page to see go
        if (language.equals(getSelectedLanguage().strip())) {
            return;
        }
        NextPage.after(driver, () -> super.selectLanguage(language));
    }

    public WebElement element(String id) {
        return driver.findElement(By.id(id));
    }

    /** The element's text as a person reads it. */
    public String text(String id) {
        return element(id).getText().strip();
    }

    /** The label of a form field as a person reads it. */
    public String label(String field) {
        return driver.findElement(By.cssSelector("label[for=" + field + "]")).getText().strip();
    }

    /** Replaces what the field holds with the typed text. */
    protected void type(String id, String typed) {
        WebElement field = element(id);
        field.clear();
        field.sendKeys(typed);
    }

    /** Clicks the element and returns once the page it loads is there. */
    protected void clickThrough(String id) {
        NextPage.after(driver, () -> element(id).click());
    }
}
