package jp.mdrive.keycloak.settingsmenu;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;

import jp.mdrive.keycloak.authenticators.StepFactory;
import jp.mdrive.keycloak.core.settings.SettingsSignIn;

public class SettingsMenuFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-settings-menu";

    /** The menu and its pages keep no state of their own (it is in the authentication session): one for all. */
    public SettingsMenuFactory() {
        super(new Description(PROVIDER_ID, "M-Drive settings menu",
                "認証・契約情報変更メニュー: for the settings client " + SettingsSignIn.CLIENT_ID
                        + ", keeps the signed-in user on the menu and its pages until トップ画面へ; the client never gets a code.", null),
                new SettingsMenu(), Requirement.REQUIRED, Requirement.DISABLED);
    }
}
