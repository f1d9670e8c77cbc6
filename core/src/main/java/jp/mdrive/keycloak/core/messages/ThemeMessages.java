package jp.mdrive.keycloak.core.messages;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.theme.Theme;

/**
 * A message of the realm's login theme in a user's language, for texts that leave Keycloak outside a
 * page (SMS, JSON errors): the pages, the API and the phone say the same words, and operators reword
 * them in one place (the theme, or the realm's localization overrides).
 */
public final class ThemeMessages {

    private static final Logger LOG = Logger.getLogger(ThemeMessages.class);

    private ThemeMessages() {
    }

    /** @param user whose language; null for the request's */
    public static String format(KeycloakSession session, UserModel user, String key, Object... parameters) {
        Locale locale = session.getContext().resolveLocale(user);
        try {
            Properties messages = session.theme().getTheme(Theme.Type.LOGIN).getEnhancedMessages(session.getContext().getRealm(), locale);
            String pattern = messages.getProperty(key);
            return pattern == null ? key : new MessageFormat(pattern, locale).format(parameters);
        } catch (IOException e) {
            LOG.warnf(e, "Could not read the login theme's messages for %s", locale);
            return key;
        }
    }
}
