package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** PNGs of each screen under target/screenshots/{test class}/, for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    public static Path save(ManagedWebDriver driver, Class<?> testClass, String name) {
        Path directory = Path.of(System.getProperty("mdrive.screenshots", "target/screenshots"), testClass.getSimpleName());
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver.driver()).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
