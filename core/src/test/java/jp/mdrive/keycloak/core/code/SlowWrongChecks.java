package jp.mdrive.keycloak.core.code;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wrong-code checks that take a while, fired at once, so that they overlap as slow parallel requests
 * do: how many checks ran, and how many were refused without running.
 */
record SlowWrongChecks(int ran, long refused) {

    static SlowWrongChecks fire(UseSlots slots, int count) throws Exception {
        AtomicInteger ran = new AtomicInteger();
        Callable<Optional<Boolean>> wrongCheck = () -> slots.use(() -> {
            ran.incrementAndGet();
            sleep();
            return false;
        }, right -> !right);
        List<Optional<Boolean>> outcomes = AtOnce.run(Collections.nCopies(count, wrongCheck));
        return new SlowWrongChecks(ran.get(), outcomes.stream().filter(Optional::isEmpty).count());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
