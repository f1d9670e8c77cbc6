package jp.mdrive.keycloak.it.pages;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Runs an action that loads another page and returns once the old page has gone: reading right
 * after a click may otherwise read the old page, or fail on it going away mid-read.
 */
public final class NextPage {

    private NextPage() {
    }

    public static void after(ManagedWebDriver driver, Runnable action) {
        WebElement before = driver.findElement(By.tagName("html"));
        action.run();
        driver.waiting().until(ExpectedConditions.stalenessOf(before));
    }
}
