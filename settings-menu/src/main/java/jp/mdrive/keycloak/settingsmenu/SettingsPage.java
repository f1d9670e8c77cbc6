package jp.mdrive.keycloak.settingsmenu;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** One page (or short sequence: form, confirmation, done) behind an item of the settings menu. */
interface SettingsPage {

    /** The page as it opens from the menu. */
    Response open(SettingsContext context);

    /** 戻る / キャンセル on a confirmation: the page's form again. */
    default Response back(SettingsContext context) {
        return open(context);
    }

    /** A button pressed on this page: the page again with a message, its confirmation, or its done page. */
    Response submit(SettingsContext context, MultivaluedMap<String, String> form);
}
