package jp.mdrive.keycloak.eventlisteners.trial;

import java.time.Duration;
import java.util.List;

import org.jboss.logging.Logger;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;
import org.keycloak.services.scheduled.ClusterAwareScheduledTaskRunner;
import org.keycloak.timer.TimerProvider;

import jp.mdrive.keycloak.core.contract.TrialCancellation;
import jp.mdrive.keycloak.core.spi.StartupHookFactory;

/**
 * Starts {@link TrialCancellation} on every node at every start (so it survives restarts), through
 * Keycloak's cluster-aware runner: in a cluster one node runs it per interval, the others skip. The
 * interval is server configuration: {@code --spi-events-listener--mdrive-trial-cancellation--interval-minutes=60}.
 */
public class TrialCancellationScheduleFactory extends StartupHookFactory {

    public static final String ID = "mdrive-trial-cancellation";
    static final String INTERVAL_MINUTES = "intervalMinutes";
    /** Hourly: a contract is cancelled within the first hour of the day after its plan-change window. */
    static final int DEFAULT_INTERVAL_MINUTES = 60;

    private static final Logger LOG = Logger.getLogger(TrialCancellationScheduleFactory.class);

    private Duration interval = Duration.ofMinutes(DEFAULT_INTERVAL_MINUTES);

    @Override
    public void init(Config.Scope config) {
        int minutes = config.getInt(INTERVAL_MINUTES, DEFAULT_INTERVAL_MINUTES);
        if (minutes < 1) {
            throw new IllegalArgumentException("--spi-events-listener--" + ID + "--interval-minutes must be at least 1, not " + minutes);
        }
        interval = Duration.ofMinutes(minutes);
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        try (KeycloakSession session = factory.create()) {
            long millis = interval.toMillis();
            session.getProvider(TimerProvider.class).schedule(
                    new ClusterAwareScheduledTaskRunner(factory, new TrialCancellation(), millis), millis, TrialCancellation.TASK_NAME);
        }
        LOG.infof("Trial cancellation scheduled every %s", interval);
    }

    @Override
    public List<ProviderConfigProperty> getConfigMetadata() {
        return ProviderConfigurationBuilder.create()
                .property().name(INTERVAL_MINUTES).type(ProviderConfigProperty.INTEGER_TYPE)
                .helpText("Minutes between two runs of the trial cancellation (manual 0 ※2), one node of the cluster each time.")
                .defaultValue(DEFAULT_INTERVAL_MINUTES).add()
                .build();
    }

    @Override
    public String getId() {
        return ID;
    }
}
