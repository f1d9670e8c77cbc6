package jp.mdrive.keycloak.authenticators.settings;

import java.util.List;

import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

import jp.mdrive.keycloak.authenticators.StepFactory;

public class SettingsMenuFactory extends StepFactory {

    public static final String PROVIDER_ID = "mdrive-settings-menu";

    /** The menu and its pages keep no state of their own (it is in the authentication session): one for all. */
    private static final SettingsMenu MENU = new SettingsMenu();

    static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(SettingsMenu.CLIENTS).label("Settings clients")
            .helpText("Comma-separated client IDs whose sign-ins end on the settings menu (manual 2-5); others pass straight through.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(SettingsMenu.DEFAULT_CLIENTS).add()
            .build();

    public SettingsMenuFactory() {
        super(session -> MENU, CONFIG, Requirement.REQUIRED, Requirement.DISABLED);
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
        return "認証・契約情報変更メニュー: for the settings client, keeps the signed-in user on the menu and its pages until トップ画面へ.";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }
}
