package jp.mdrive.keycloak.it;

import jp.mdrive.keycloak.it.pages.MdriveLoginPage;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/** The demo realm in a real browser, which starts at the login page. */
abstract class BrowserBase extends DemoRealmBase {

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    MdriveLoginPage loginPage;
}
