package jp.mdrive.keycloak.core.mail.outbox;

import org.keycloak.provider.ProviderFactory;

public interface MailJobFactory extends ProviderFactory<MailJob> {
}
