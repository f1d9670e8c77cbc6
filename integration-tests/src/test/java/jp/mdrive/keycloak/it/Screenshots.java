package jp.mdrive.keycloak.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import jakarta.mail.internet.MimeMessage;

import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** PNGs of each screen under target/screenshots/{test class}/, for people to look at. */
public final class Screenshots {

    private Screenshots() {
    }

    /** A mail as a mail program shows it: its subject above its HTML body. */
    public static Path mail(ManagedWebDriver driver, Class<?> testClass, String name, MimeMessage message) {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif;margin:2em;overflow-wrap:anywhere\">"
                + "<p style=\"border-bottom:1px solid #ccc;padding-bottom:.5em\"><b>" + escape(Mails.subject(message)) + "</b></p>"
                + Mails.html(message) + "</body></html>";
        driver.driver().get("data:text/html;charset=utf-8;base64,"
                + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));
        return save(driver, testClass, name);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static Path save(ManagedWebDriver driver, Class<?> testClass, String name) {
        return save(driver, testClass.getSimpleName(), name);
    }

    /** Into a folder named for what the screens show rather than for the test class. */
    public static Path save(ManagedWebDriver driver, String folder, String name) {
        Path directory = Path.of(System.getProperty("mdrive.screenshots", "target/screenshots"), folder);
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
