package jp.mdrive.keycloak.it;

import org.keycloak.testframework.remote.providers.runonserver.FetchOnServer;
import org.keycloak.testframework.remote.providers.runonserver.RunOnServer;
import org.keycloak.timer.TimerProvider;

import jp.mdrive.keycloak.core.contract.TrialCancellation;

/** The trial cancellation inside the server: as its timer starts it, and a second run as another node would make it. */
final class TrialCancellationRuns {

    private TrialCancellationRuns() {
    }

    /** The class of what the server's timer runs under the job's name, to show it is the cluster-aware runner. */
    static FetchOnServer scheduledRunner() {
        return session -> session.getProvider(TimerProvider.class).getTasks().get(TrialCancellation.TASK_NAME).getRunnable()
                .getClass().getSimpleName();
    }

    /** What the timer runs at each interval: the cluster-aware runner, in its own transaction. */
    static RunOnServer asScheduled() {
        return session -> session.getProvider(TimerProvider.class).getTasks().get(TrialCancellation.TASK_NAME).getRunnable().run();
    }

    /** The job itself, past the cluster lock: what a node that took the lock next would do. */
    static RunOnServer again() {
        return session -> new TrialCancellation().run(session);
    }
}
