package jp.mdrive.keycloak.settingsmenu;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

public class SettingsMenuFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-settings-menu";

    /** The menu and its pages keep no state of their own (it is in the authentication session): one for all. */
    private static final SettingsMenu MENU = new SettingsMenu();

    public SettingsMenuFactory() {
        super(session -> MENU, List.of(), Requirement.REQUIRED, Requirement.DISABLED);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "M-Drive settings menu";
    }

    @Override
    public String getHelpText() {
        return "認証・契約情報変更メニュー: for the settings client " + SettingsSignIn.CLIENT_ID
                + ", keeps the signed-in user on the menu and its pages until トップ画面へ; the client never gets a code.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
