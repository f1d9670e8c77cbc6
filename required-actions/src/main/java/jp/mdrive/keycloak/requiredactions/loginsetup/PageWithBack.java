package jp.mdrive.keycloak.requiredactions.loginsetup;

import jakarta.ws.rs.core.MultivaluedMap;

/** A setup page with a 戻る button, which leads to the page before; its other buttons are the page's own. */
abstract class PageWithBack extends SetupPage {

    PageWithBack(String template) {
        super(template);
    }

    @Override
    final void submit(SetupContext setup, MultivaluedMap<String, String> form) {
        if (form.containsKey("back")) {
            setup.back();
        } else {
            proceed(setup, form);
        }
    }

    /** A button other than 戻る pressed on this page. */
    abstract void proceed(SetupContext setup, MultivaluedMap<String, String> form);
}
