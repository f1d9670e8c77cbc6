package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.page.AbstractLoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** A login-theme page whose language switch returns only once the page in the new language is there. */
public abstract class MdrivePage extends AbstractLoginPage {

    protected MdrivePage(ManagedWebDriver driver) {
        super(driver);
    }

    @Override
    public void selectLanguage(String language) {
        // picking the language already shown loads nothing, so there would be no old page to see go
        if (language.equals(getSelectedLanguage().strip())) {
            return;
        }
        NextPage.after(driver, () -> super.selectLanguage(language));
    }
}
