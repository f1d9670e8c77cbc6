package jp.mdrive.keycloak.settingsmenu;

import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.contract.Contract;
import jp.mdrive.keycloak.core.pages.DonePage;

/**
 * What a settings page works with: the flow (its form, notes and events), the viewer and the
 * item it belongs to. Page state lives in notes of the authentication session, never in the browser.
 */
final class SettingsContext {

    static final String MENU_TEMPLATE = "mdrive-settings-menu.ftl";
    private static final String STEP = "mdrive.settings.step";

    private final AuthenticationFlowContext flow;
    private final Viewer viewer;
    private final SettingsItem item;

    SettingsContext(AuthenticationFlowContext flow, Viewer viewer, SettingsItem item) {
        this.flow = flow;
        this.viewer = viewer;
        this.item = item;
    }

    AuthenticationFlowContext flow() {
        return flow;
    }

    KeycloakSession session() {
        return flow.getSession();
    }

    RealmModel realm() {
        return flow.getRealm();
    }

    UserModel user() {
        return viewer.user();
    }

    Viewer viewer() {
        return viewer;
    }

    /** The viewer's contract: every item but password change is a contract's, and shown only with one. */
    Contract contract() {
        return viewer.contract().orElseThrow();
    }

    LoginFormsProvider form() {
        return flow.form();
    }

    /** Which step of its sequence the page is at: its form unless it said otherwise. */
    String step() {
        String step = flow.getAuthenticationSession().getAuthNote(STEP);
        return step == null ? "form" : step;
    }

    void step(String step) {
        flow.getAuthenticationSession().setAuthNote(STEP, step);
    }

    void note(String key, String value) {
        if (value == null) {
            flow.getAuthenticationSession().removeAuthNote(key);
        } else {
            flow.getAuthenticationSession().setAuthNote(key, value);
        }
    }

    String note(String key) {
        return flow.getAuthenticationSession().getAuthNote(key);
    }

    /** The manual's done page of an item, with the way back to the menu. */
    Response done(String titleKey, String messageKey) {
        return done(titleKey, messageKey, DonePage.Way.MENU, Map.of());
    }

    /** A done page with more to say: the address a mail went to ({@code mdriveSentTo}). */
    Response done(String titleKey, String messageKey, Map<String, Object> attributes) {
        return done(titleKey, messageKey, DonePage.Way.MENU, attributes);
    }

    /** A done page with no way back to the menu, only to the top (the contract is gone). */
    Response doneWithoutMenu(String titleKey, String messageKey) {
        return done(titleKey, messageKey, DonePage.Way.TOP, Map.of());
    }

    private Response done(String titleKey, String messageKey, DonePage.Way way, Map<String, Object> attributes) {
        step("done");
        LoginFormsProvider form = DonePage.form(form(), titleKey, messageKey, way);
        attributes.forEach(form::setAttribute);
        return form.createForm(DonePage.TEMPLATE);
    }

    /** A change made from the menu, as an event of the user's with what changed. */
    EventBuilder event(EventType type) {
        return flow.getEvent().clone().event(type).user(viewer.user()).detail("mdrive_settings", item == null ? "menu" : item.id())
                .detail(Details.REASON, "mdrive_settings_" + (item == null ? "menu" : item.id()));
    }
}
