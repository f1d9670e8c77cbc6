package jp.mdrive.keycloak.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * R-PERF-1/R-PERF-2: the six scenarios of issue 15 on one server in one run. Each round runs every
 * arm once, one after the other in an order drawn afresh per round, so that whatever else the machine
 * does falls on both sides of a comparison alike; round 0 warms up and is not counted. The summary
 * compares arms round by round and reports medians ({@link Summary}).
 */
public class SideBySideSimulation extends Simulation {

    private final BenchOptions options = BenchOptions.fromSystemProperties();
    private final AdminApi admin = new AdminApi(options);
    private final SnsStandIn sns = SnsStandIn.start(options.snsPort(), options.snsStallSeconds());
    private final Logins logins = new Logins(options.url(), sns);
    private final List<BenchUsers.User> stockLockoutUsers = new ArrayList<>();

    {
        BenchUsers users = new BenchUsers(admin);
        BrowserSetup setup = new BrowserSetup(options.url(), admin.tls(), sns);
        users.stockRealms();
        int rounds = options.allRounds();
        int logins = options.logins();
        Map<Arm, IntFunction<PopulationBuilder>> arms = new EnumMap<>(Arm.class);

        Function<Session, Session> mdrivePassword = roundRobin(feed(users.passwordUsers(BenchUsers.MDRIVE, "password", logins)));
        Function<Session, Session> stockPassword = roundRobin(feed(users.passwordUsers(BenchUsers.STOCK, "password", logins)));
        arms.put(Arm.MDRIVE_PASSWORD, round -> clients(Arm.MDRIVE_PASSWORD, round,
                exec(this.logins.password(Arm.MDRIVE_PASSWORD, BenchUsers.MDRIVE, round)), mdrivePassword));
        arms.put(Arm.STOCK_PASSWORD, round -> clients(Arm.STOCK_PASSWORD, round,
                exec(this.logins.password(Arm.STOCK_PASSWORD, BenchUsers.STOCK, round)), stockPassword));

        // browsers remembered before the rounds, signing in again and again, users taken round robin
        List<BenchUsers.User> rememberedUsers = users.appUsers(BenchUsers.MDRIVE, "remembered", logins);
        Map<String, HttpCookie> cookies = setup.rememberBrowsers(rememberedUsers);
        Function<Session, Session> remembered = roundRobin(rememberedUsers.stream().map(user -> {
            Map<String, Object> record = new HashMap<>(user.feed());
            record.put("rememberName", cookies.get(user.username()).getName());
            record.put("rememberValue", cookies.get(user.username()).getValue());
            return Map.copyOf(record);
        }).toList());
        arms.put(Arm.MDRIVE_REMEMBERED, round -> clients(Arm.MDRIVE_REMEMBERED, round,
                exec(this.logins.remembered(Arm.MDRIVE_REMEMBERED, round)), remembered));

        Iterator<Map<String, Object>> mdriveApp = feed(users.appUsers(BenchUsers.MDRIVE, "app", logins * rounds)).iterator();
        Iterator<Map<String, Object>> stockOtp = feed(users.appUsers(BenchUsers.STOCK, "otp", logins * rounds)).iterator();
        Iterator<Map<String, Object>> mdriveSms = feed(users.smsUsers("sms", logins * rounds, false, setup)).iterator();
        arms.put(Arm.MDRIVE_APP, round -> fresh(Arm.MDRIVE_APP, round, mdriveApp, this.logins.appCode(Arm.MDRIVE_APP, BenchUsers.MDRIVE, round)));
        arms.put(Arm.STOCK_OTP, round -> fresh(Arm.STOCK_OTP, round, stockOtp, this.logins.appCode(Arm.STOCK_OTP, BenchUsers.STOCK, round)));
        arms.put(Arm.MDRIVE_SMS, round -> fresh(Arm.MDRIVE_SMS, round, mdriveSms, this.logins.smsCode(Arm.MDRIVE_SMS, round)));

        // a user's SMS per day are capped (10, one went on the enrolment): a few users per stalled browser and round
        Function<Session, Session> stalled = roundRobin(feed(users.smsUsers("sms", options.stalled() * rounds, true, setup)));
        arms.put(Arm.MDRIVE_PASSWORD_STALLED_SNS, round -> stalledRound(round, mdrivePassword, stalled));

        Iterator<Map<String, Object>> mdriveLockout = burst(users.passwordUsers(BenchUsers.MDRIVE, "lockout", options.lockoutUsers() * rounds));
        List<BenchUsers.User> stockLockout = users.passwordUsers(BenchUsers.STOCK_LOCKOUT, "lockout", options.lockoutUsers() * rounds);
        stockLockoutUsers.addAll(stockLockout);
        Iterator<Map<String, Object>> stockLockoutFeed = burst(stockLockout);
        arms.put(Arm.MDRIVE_LOCKOUT, round -> burstRound(Arm.MDRIVE_LOCKOUT, round, mdriveLockout, BenchUsers.MDRIVE));
        arms.put(Arm.STOCK_LOCKOUT, round -> burstRound(Arm.STOCK_LOCKOUT, round, stockLockoutFeed, BenchUsers.STOCK_LOCKOUT));

        sns.stalling(true);
        Random order = new Random(rounds);
        List<PopulationBuilder> steps = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Arm> thisRound = new ArrayList<>(arms.keySet());
            Collections.shuffle(thisRound, order);
            for (Arm arm : thisRound) {
                steps.add(arms.get(arm).apply(round));
            }
        }
        PopulationBuilder chain = steps.get(steps.size() - 1);
        for (int i = steps.size() - 2; i >= 0; i--) {
            chain = steps.get(i).andThen(chain);
        }
        setUp(chain).protocols(http.baseUrl(options.url())
                .disableFollowRedirect()
                // a pool of kept-alive TLS connections, as a load balancer in front of Keycloak keeps them
                .shareConnections()
                .acceptHeader("text/html")
                .userAgentHeader("mdrive-bench"));
    }

    @Override
    public void after() {
        new Summary(options, admin).print(stockLockoutUsers);
    }

    private int perClient() {
        return Math.max(1, options.logins() / options.clients());
    }

    /** A fixed set of browsers signing in one after the other, users taken round robin. */
    private PopulationBuilder clients(Arm arm, int round, ChainBuilder login, Function<Session, Session> turns) {
        return scenario("r" + round + " " + arm)
                .repeat(perClient()).on(exec(turns).exec(login))
                .injectOpen(atOnceUsers(options.clients()));
    }

    /** As above, with a user of its own for every sign-in (app codes are not reusable). */
    private PopulationBuilder fresh(Arm arm, int round, Iterator<Map<String, Object>> users, ChainBuilder login) {
        return scenario("r" + round + " " + arm)
                .repeat(perClient()).on(exec(session -> session.setAll(next(users))).exec(login))
                .injectOpen(atOnceUsers(options.clients()));
    }

    /**
     * R-PERF-2: the password browsers of scenario 1 sign in while other browsers' sign-ins wait on an
     * SNS that answers after the sender's timeout, until the password browsers are done.
     */
    private PopulationBuilder stalledRound(int round, Function<Session, Session> passwordTurns, Function<Session, Session> stalledTurns) {
        Arm arm = Arm.MDRIVE_PASSWORD_STALLED_SNS;
        AtomicInteger roles = new AtomicInteger();
        Timings.passwordClientsStarting(round, options.clients());
        return scenario("r" + round + " " + arm)
                .doIfOrElse(session -> roles.getAndIncrement() < options.clients())
                .then(repeat(perClient()).on(exec(passwordTurns).exec(logins.password(arm, BenchUsers.MDRIVE, round)))
                        .exec(session -> {
                            Timings.passwordClientDone(round);
                            return session;
                        }))
                .orElse(asLongAs(session -> Timings.passwordClientsBusy(round))
                        .on(exec(stalledTurns).exec(logins.stalledSms(round))))
                .injectOpen(atOnceUsers(options.clients() + options.stalled()));
    }

    /** Scenario 6: {@value BenchOptions#LOCKOUT_BURST} browsers per user at once, all with wrong passwords. */
    private PopulationBuilder burstRound(Arm arm, int round, Iterator<Map<String, Object>> users, String realm) {
        return scenario("r" + round + " " + arm)
                .exec(session -> session.setAll(next(users)))
                .exec(logins.wrongPassword(arm, realm, round))
                .injectOpen(atOnceUsers(options.lockoutUsers() * BenchOptions.LOCKOUT_BURST));
    }

    /** The next user of a pool, round robin across browsers and rounds. */
    private static Function<Session, Session> roundRobin(List<Map<String, Object>> users) {
        AtomicInteger next = new AtomicInteger();
        return session -> session.setAll(users.get(Math.floorMod(next.getAndIncrement(), users.size())));
    }

    private static synchronized Map<String, Object> next(Iterator<Map<String, Object>> users) {
        if (!users.hasNext()) {
            throw new IllegalStateException("the benchmark made too few users for its rounds");
        }
        return users.next();
    }

    private static List<Map<String, Object>> feed(List<BenchUsers.User> users) {
        return users.stream().map(BenchUsers.User::feed).toList();
    }

    /** Each user {@value BenchOptions#LOCKOUT_BURST} times in a row: one burst per user. */
    private static Iterator<Map<String, Object>> burst(List<BenchUsers.User> users) {
        return users.stream().flatMap(user -> IntStream.range(0, BenchOptions.LOCKOUT_BURST).mapToObj(i -> user.feed())).iterator();
    }
}
