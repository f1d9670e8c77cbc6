package jp.mdrive.keycloak.authenticators;

import org.keycloak.models.AuthenticatorConfigModel;

/** Reads a flow step's admin-console settings; a missing or mistyped value falls back to the default. */
public final class ExecutionConfig {

    private ExecutionConfig() {
    }

    /** The positive integer under the key, or the default. */
    public static int positiveInt(AuthenticatorConfigModel config, String key, int defaultValue) {
        String value = config == null || config.getConfig() == null ? null : config.getConfig().get(key);
        try {
            return value == null ? defaultValue : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    public static String string(AuthenticatorConfigModel config, String key, String defaultValue) {
        String value = config == null || config.getConfig() == null ? null : config.getConfig().get(key);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }
}
