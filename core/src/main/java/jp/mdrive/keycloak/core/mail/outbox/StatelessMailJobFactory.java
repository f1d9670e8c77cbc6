package jp.mdrive.keycloak.core.mail.outbox;

import org.keycloak.models.KeycloakSession;

import jp.mdrive.keycloak.core.spi.NoLifecycleFactory;

/** The factory of a job that holds nothing between rows: one instance serves every session. */
public abstract class StatelessMailJobFactory implements MailJobFactory, NoLifecycleFactory<MailJob> {

    private final String kind;
    private final MailJob job;

    protected StatelessMailJobFactory(String kind, MailJob job) {
        this.kind = kind;
        this.job = job;
    }

    @Override
    public MailJob create(KeycloakSession session) {
        return job;
    }

    @Override
    public String getId() {
        return kind;
    }
}
