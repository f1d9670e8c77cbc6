package jp.mdrive.keycloak.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.gatling.javaapi.core.Simulation;

/**
 * The same load for the server with our jar and without it, before {@code bin/bench} reads the heap:
 * stock password sign-ins only, the flow both servers have.
 */
public class WarmUpSimulation extends Simulation {

    {
        BenchOptions options = BenchOptions.fromSystemProperties();
        BenchUsers users = new BenchUsers(new AdminApi(options), options.stockEvents());
        users.stockRealms();
        List<Map<String, Object>> pool = users.passwordUsers(BenchUsers.STOCK, "warm-up", options.users()).stream()
                .map(BenchUsers.User::feed).toList();
        AtomicInteger next = new AtomicInteger();
        Logins logins = new Logins(options.url(), null);
        setUp(scenario("warm-up")
                .repeat(Math.max(1, options.warmUpLogins() / options.clients()))
                .on(exec(session -> session.setAll(pool.get(next.getAndIncrement() % pool.size())))
                        .exec(logins.password(Arm.STOCK_PASSWORD, BenchUsers.STOCK, 0)))
                .injectOpen(atOnceUsers(options.clients())))
                .protocols(http.baseUrl(options.url()).disableFollowRedirect().shareConnections());
    }
}
