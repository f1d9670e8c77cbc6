package jp.mdrive.keycloak.core.sms;

import org.keycloak.provider.ProviderFactory;

public interface SmsSenderFactory extends ProviderFactory<SmsSender> {
}
