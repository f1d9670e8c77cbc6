package jp.mdrive.keycloak.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Requests fired at once, as an attacker's script fires them: all released together, every answer awaited. */
final class Burst {

    private Burst() {
    }

    /** The answers of the requests, in their order; a request that fails or takes over two minutes fails the test. */
    static <T> List<T> of(List<Callable<T>> requests) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<T>> pending = new ArrayList<>();
            for (Callable<T> request : requests) {
                pending.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pending) {
                answers.add(answer.get(120, TimeUnit.SECONDS));
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("a request of the burst failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same request, {@code times} times at once. */
    static <T> List<T> of(int times, Callable<T> request) {
        return of(Collections.nCopies(times, request));
    }
}
