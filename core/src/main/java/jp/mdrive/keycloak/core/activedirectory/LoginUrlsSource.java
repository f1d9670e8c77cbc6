package jp.mdrive.keycloak.core.activedirectory;

/**
 * Where the configured AD login URLs come from: the factory that holds the server options. The
 * settings menu finds it among the session factory's providers, so the options are set once.
 */
public interface LoginUrlsSource {

    LoginUrls adLoginUrls();
}
