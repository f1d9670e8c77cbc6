package jp.mdrive.keycloak.core.mail.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.common.util.HostUtils;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.PostMigrationEvent;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.provider.ServerInfoAwareProviderFactory;
import org.keycloak.timer.TimerProvider;

import jp.mdrive.keycloak.core.info.BundleInfo;

/**
 * The outbox in Keycloak's database, and its worker on every node (started at every start through
 * Keycloak's timer, not its cluster-aware runner: every node polls, the claim keeps them apart).
 * Options: {@code --spi-mdrive-mail-outbox--default--poll-interval-seconds=10}, {@code …--lease-seconds=120},
 * {@code …--first-retry-seconds=30}, {@code …--max-retry-seconds=600}, {@code …--give-up-minutes=1440}.
 */
public class DefaultMailOutboxFactory implements MailOutboxFactory, ServerInfoAwareProviderFactory {

    public static final String ID = "default";
    static final String POLL_INTERVAL_SECONDS = "pollIntervalSeconds";
    static final String LEASE_SECONDS = "leaseSeconds";
    static final String FIRST_RETRY_SECONDS = "firstRetrySeconds";
    static final String MAX_RETRY_SECONDS = "maxRetrySeconds";
    static final String GIVE_UP_MINUTES = "giveUpMinutes";
    static final int DEFAULT_POLL_INTERVAL_SECONDS = 10;
    /** Well above Keycloak's SMTP timeouts (10 s to connect, 10 s per read by default), so no live send loses its claim. */
    static final int DEFAULT_LEASE_SECONDS = 120;
    static final int DEFAULT_FIRST_RETRY_SECONDS = 30;
    static final int DEFAULT_MAX_RETRY_SECONDS = 600;
    /** A day: a longer SMTP outage is an incident, and by then the mail's news is old. */
    static final int DEFAULT_GIVE_UP_MINUTES = 24 * 60;

    private static final Logger LOG = Logger.getLogger(DefaultMailOutboxFactory.class);
    private static final String EXECUTOR = "mdrive-mail";

    private OutboxTiming timing;
    private OutboxWorker worker;

    @Override
    public MailOutbox create(KeycloakSession session) {
        return new JpaMailOutbox(session, worker);
    }

    @Override
    public void init(Config.Scope config) {
        timing = new OutboxTiming(
                Duration.ofSeconds(config.getInt(POLL_INTERVAL_SECONDS, DEFAULT_POLL_INTERVAL_SECONDS)),
                Duration.ofSeconds(config.getInt(LEASE_SECONDS, DEFAULT_LEASE_SECONDS)),
                Duration.ofSeconds(config.getInt(FIRST_RETRY_SECONDS, DEFAULT_FIRST_RETRY_SECONDS)),
                Duration.ofSeconds(config.getInt(MAX_RETRY_SECONDS, DEFAULT_MAX_RETRY_SECONDS)),
                Duration.ofMinutes(config.getInt(GIVE_UP_MINUTES, DEFAULT_GIVE_UP_MINUTES)));
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        try (KeycloakSession session = factory.create()) {
            worker = new OutboxWorker(factory, timing, session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR),
                    HostUtils.getHostName() + "/" + ProcessHandle.current().pid());
        }
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                // not before: a node that waits while another migrates the database has no outbox table yet
                try (KeycloakSession session = factory.create()) {
                    session.getProvider(TimerProvider.class).schedule(worker::tick, timing.pollInterval().toMillis(), OutboxWorker.TASK_NAME);
                }
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                OutboxWorker.em(removed.getKeycloakSession())
                        .createQuery("delete from MdriveMailOutbox o where o.realmId = :realmId")
                        .setParameter("realmId", removed.getRealm().getId())
                        .executeUpdate();
            }
        });
        LOG.infof("Mail outbox polled every %s on this node", timing.pollInterval());
    }

    /** The admin console's provider info: the outbox's times on this node. */
    @Override
    public Map<String, String> getOperationalInfo() {
        return BundleInfo.with(Map.of("pollInterval", timing.pollInterval().toString(), "lease", timing.lease().toString(),
                "firstRetry", timing.firstRetry().toString(), "maxRetry", timing.maxRetry().toString(),
                "giveUp", timing.giveUp().toString()));
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(POLL_INTERVAL_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds between two looks of this node for mails that are due (retries, and mails of a node that died).")
                .defaultValue(DEFAULT_POLL_INTERVAL_SECONDS).add()
                .property().name(LEASE_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds a node's claim on a mail keeps other nodes off it; must exceed the slowest SMTP send.")
                .defaultValue(DEFAULT_LEASE_SECONDS).add()
                .property().name(FIRST_RETRY_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Seconds before the first retry of a mail that could not be sent; doubled after each further failure.")
                .defaultValue(DEFAULT_FIRST_RETRY_SECONDS).add()
                .property().name(MAX_RETRY_SECONDS).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Longest wait in seconds between two attempts at one mail.")
                .defaultValue(DEFAULT_MAX_RETRY_SECONDS).add()
                .property().name(GIVE_UP_MINUTES).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Minutes after which a mail that still fails is given up: left as FAILED, logged at ERROR and recorded as an event.")
                .defaultValue(DEFAULT_GIVE_UP_MINUTES).add()
                .build();
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public void close() {
    }
}
