package jp.mdrive.keycloak.adminapi;

import java.util.List;
import java.util.Map;

import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.ui.extend.UiTabProvider;
import org.keycloak.services.ui.extend.UiTabProviderFactory;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/**
 * An M-Drive tab of the admin console (feature {@code declarative-ui}) on the pages of one route. The
 * console shows it as a tab titled with the message of its id and, on saving, merges the route's
 * parameters (the entity's {@code id}) into the tab's one stored form per realm.
 *
 * <p>The entity's id is declared as a property of the form: the component endpoint drops undeclared
 * keys when it updates a stored form (it keeps them only when it creates one), so undeclared, the id
 * would reach only the first save. Its type is none the console has an editor for, so it shows no field.
 */
abstract class ConsoleTab implements UiTabProviderFactory<UiTabProvider>, NoLifecycleFactory<UiTabProvider> {

    /** The route parameter the console merges into the form: the id of the entity whose page it is. */
    static final String ENTITY_ID = "id";
    /** A property type the console renders nothing for. */
    static final String ROUTE_PARAMETER_TYPE = "MdriveRouteParameter";

    private final String id;
    private final String path;
    private final String helpText;

    /** @param helpText the message key of the text the console shows about the tab */
    ConsoleTab(String id, String path, String helpText) {
        this.id = id;
        this.path = path;
        this.helpText = helpText;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    public String getHelpText() {
        return helpText;
    }

    @Override
    public Map<String, String> getParams() {
        return Map.of("tab", id);
    }

    /** The form's own fields; the entity's id is added to them. */
    abstract ProviderConfigurationBuilder fields(ProviderConfigurationBuilder builder);

    @Override
    public final List<ProviderConfigProperty> getConfigProperties() {
        return fields(ProviderConfigurationBuilder.create())
                .property().name(ENTITY_ID).type(ROUTE_PARAMETER_TYPE).add()
                .build();
    }
}
