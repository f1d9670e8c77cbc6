package jp.mdrive.keycloak.core.mail.outbox;

import org.keycloak.provider.ProviderFactory;

public interface MailOutboxFactory extends ProviderFactory<MailOutbox> {
}
