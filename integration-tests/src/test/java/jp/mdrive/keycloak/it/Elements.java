package jp.mdrive.keycloak.it;

import java.time.Duration;
import java.util.List;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The elements a loaded page has now. The test framework's driver waits up to 5 s for an element
 * to appear, so {@code findElements} of one that must be absent cost 5 s per check; the checks
 * here ask once, for pages that are already complete.
 */
public final class Elements {

    private Elements() {
    }

    public static List<WebElement> now(ManagedWebDriver driver, By by) {
        return now(driver.driver(), driver.driver(), by);
    }

    /** Within one element, e.g. its next sibling. */
    public static List<WebElement> now(ManagedWebDriver driver, WebElement within, By by) {
        return now(driver.driver(), within, by);
    }

    public static List<WebElement> now(WebDriver driver, SearchContext within, By by) {
        WebDriver.Timeouts timeouts = driver.manage().timeouts();
        Duration implicit = timeouts.getImplicitWaitTimeout();
        timeouts.implicitlyWait(Duration.ZERO);
        try {
            return within.findElements(by);
        } finally {
            timeouts.implicitlyWait(implicit);
        }
    }
}
