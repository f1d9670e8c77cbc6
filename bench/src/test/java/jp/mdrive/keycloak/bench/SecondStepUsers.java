package jp.mdrive.keycloak.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.gatling.javaapi.core.Session;

/**
 * The users of an arm that types an app code, taken round robin from a pool signed in once during
 * the setup: returning users (whose once-a-day writes happened that morning, as it were) who never
 * type a code twice in its 30-second step (Keycloak and M-Drive refuse a code used before). A user
 * whose code of this step is spent is skipped for the next one.
 */
final class SecondStepUsers {

    private final List<Map<String, Object>> pool;
    private final Map<String, Long> lastStep = new ConcurrentHashMap<>();
    private int next;

    SecondStepUsers(List<BenchUsers.User> users) {
        this.pool = users.stream().map(BenchUsers.User::feed).toList();
    }

    Function<Session, Session> feeder() {
        return session -> session.setAll(take());
    }

    private synchronized Map<String, Object> take() {
        long step = AppCode.step();
        for (int tried = 0; tried < pool.size(); tried++) {
            Map<String, Object> user = pool.get(next);
            next = (next + 1) % pool.size();
            Long last = lastStep.get((String) user.get("username"));
            if (last == null || last < step) {
                lastStep.put((String) user.get("username"), step);
                return user;
            }
        }
        throw new IllegalStateException("every user of the pool typed a code in this 30-second step: give the arms more users (bin/bench --users)");
    }
}
