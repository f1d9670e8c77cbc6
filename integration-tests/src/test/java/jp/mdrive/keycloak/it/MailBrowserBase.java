package jp.mdrive.keycloak.it;

import jp.mdrive.keycloak.it.pages.MdriveLoginPage;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** The demo realm in a real browser, for pages that send mails (the SMTP catcher takes them). */
abstract class MailBrowserBase extends MailBase {

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    MdriveLoginPage loginPage;
}
