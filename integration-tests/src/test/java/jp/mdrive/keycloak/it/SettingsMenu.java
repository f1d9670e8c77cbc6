package jp.mdrive.keycloak.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The settings menu as the HTTP-level tests see it: its form and the items it offers. */
final class SettingsMenu {

    static final String MENU = "mdrive-settings-menu";
    static final List<String> ALL_ITEMS = List.of("login-method", "email", "password", "access-route", "two-step",
            "active-directory", "contract", "plan", "cancellation", "lines");
    private static final Pattern ITEM = Pattern.compile("id=\"mdrive-settings-open-([a-z-]+)\"");

    private SettingsMenu() {
    }

    /** Signs in through the settings client (the login page's link) and returns the menu. */
    static BrowserFlowClient.Page signIn(BrowserFlowClient browser, String username, String password) {
        browser.toSettingsMenu();
        BrowserFlowClient.Page page = browser.authorize("ja");
        if (page.has("kc-form-login")) {
            page = browser.post(page.formAction("kc-form-login"), Map.of("username", username, "password", password, "credentialId", ""));
        }
        return page;
    }

    /** Signs in as that user (password {@link DemoRealm#PASSWORD}) and opens the item. */
    static BrowserFlowClient.Page signInAndOpen(BrowserFlowClient browser, String username, String item) {
        return open(browser, signIn(browser, username, DemoRealm.PASSWORD), item);
    }

    /** The items the page shows, in menu order. */
    static List<String> items(BrowserFlowClient.Page menu) {
        Matcher matcher = ITEM.matcher(menu.body());
        List<String> items = new ArrayList<>();
        while (matcher.find()) {
            items.add(matcher.group(1));
        }
        return items;
    }

    static BrowserFlowClient.Page open(BrowserFlowClient browser, BrowserFlowClient.Page menu, String item) {
        return browser.post(menu.formAction(MENU), Map.of("mdrive_open", item));
    }

    static BrowserFlowClient.Page submit(BrowserFlowClient browser, BrowserFlowClient.Page page, String form, Map<String, String> fields) {
        return browser.post(page.formAction(form), fields);
    }
}
