package jp.mdrive.keycloak.bench;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.net.HttpCookie;
import java.time.Duration;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Choice.WithKey;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;

/**
 * R-PERF-1/R-PERF-2: the six scenarios of issue 15 on one server in one run. The arms that are
 * compared sign in at the same time, each with its own browsers, for the same seconds (a heat): on a
 * machine that does other work meanwhile, whatever slows the server slows both sides of a
 * comparison at the same moment, and the server's threads share the CPU among requests, so each
 * side's sign-ins per second follow what one of its sign-ins costs. Heat "password" runs scenario 1
 * and 2's arms together with stock's password flow, heat "second step" scenario 3 and 4's arms; the
 * password browsers beside the stalled-SNS ones are compared with the same browsers alone, right
 * before or after; the lockout bursts run one after the other. Every round runs every heat once, in an order drawn afresh per round; round 0
 * warms up and is not counted. The summary compares arms round by round and reports medians
 * ({@link Summary}).
 */
public class SideBySideSimulation extends Simulation {

    /** App-code arms' pools against --users: 150 users cover 5 sign-ins/s per arm, 3 × 150 cover 15. */
    private static final int APP_POOL_FACTOR = 3;

    private final BenchOptions options = BenchOptions.fromSystemProperties();
    private final AdminApi admin = new AdminApi(options);
    private final SnsStandIn sns = SnsStandIn.start(options.snsPort(), options.snsStallSeconds());
    private final Logins logins = new Logins(options.url(), sns);
    private final List<BenchUsers.User> stockLockoutUsers = new ArrayList<>();

    {
        BenchUsers users = new BenchUsers(admin, options.stockEvents());
        BrowserSetup setup = new BrowserSetup(options.url(), admin.tls(), sns);
        users.stockRealms();
        int rounds = options.allRounds();
        int pool = options.users();

        Function<Session, Session> mdrivePassword = roundRobin(feed(users.passwordUsers(BenchUsers.MDRIVE, "password", pool)));
        Function<Session, Session> stockPassword = roundRobin(feed(users.passwordUsers(BenchUsers.STOCK, "password", pool)));
        // browsers remembered before the rounds, signing in again and again, users taken round robin
        List<BenchUsers.User> rememberedUsers = users.appUsers(BenchUsers.MDRIVE, "remembered", pool);
        Map<String, HttpCookie> cookies = setup.rememberBrowsers(rememberedUsers);
        Function<Session, Session> remembered = roundRobin(rememberedUsers.stream().map(user -> {
            Map<String, Object> record = new HashMap<>(user.feed());
            record.put("rememberName", cookies.get(user.username()).getName());
            record.put("rememberValue", cookies.get(user.username()).getValue());
            return Map.copyOf(record);
        }).toList());

        // an app user types one code per 30-s step; an arm of a quiet 2-core machine signs in up to 15 times a second
        int appPool = APP_POOL_FACTOR * pool;
        List<BenchUsers.User> mdriveAppUsers = users.appUsers(BenchUsers.MDRIVE, "app", appPool);
        List<BenchUsers.User> stockOtpUsers = users.appUsers(BenchUsers.STOCK, "otp", appPool);
        setup.signInWithApp(BenchUsers.MDRIVE, mdriveAppUsers);
        setup.signInWithApp(BenchUsers.STOCK, stockOtpUsers);
        Function<Session, Session> mdriveApp = new SecondStepUsers(mdriveAppUsers).feeder();
        Function<Session, Session> stockOtp = new SecondStepUsers(stockOtpUsers).feeder();
        Function<Session, Session> mdriveSms = roundRobin(feed(users.smsUsers("sms", pool, false, setup)));

        // a user's SMS per day are capped (10, one went on the enrolment): a few users per stalled browser and round
        Function<Session, Session> stalled = roundRobin(feed(users.smsUsers("sms", options.stalled() * rounds, true, setup)));

        Iterator<Map<String, Object>> mdriveLockout = burst(users.passwordUsers(BenchUsers.MDRIVE, "lockout", options.lockoutUsers() * rounds));
        List<BenchUsers.User> stockLockout = users.passwordUsers(BenchUsers.STOCK_LOCKOUT, "lockout", options.lockoutUsers() * rounds);
        stockLockoutUsers.addAll(stockLockout);
        Iterator<Map<String, Object>> stockLockoutFeed = burst(stockLockout);

        List<IntFunction<PopulationBuilder>> heats = List.of(
                round -> heat(round, Map.of(
                        Arm.MDRIVE_PASSWORD, new Turn(mdrivePassword, logins.password(Arm.MDRIVE_PASSWORD, BenchUsers.MDRIVE, round)),
                        Arm.MDRIVE_REMEMBERED, new Turn(remembered, logins.remembered(Arm.MDRIVE_REMEMBERED, round)),
                        Arm.STOCK_PASSWORD, new Turn(stockPassword, logins.password(Arm.STOCK_PASSWORD, BenchUsers.STOCK, round)))),
                round -> heat(round, Map.of(
                        Arm.MDRIVE_APP, new Turn(mdriveApp, logins.appCode(Arm.MDRIVE_APP, BenchUsers.MDRIVE, round)),
                        Arm.STOCK_OTP, new Turn(stockOtp, logins.appCode(Arm.STOCK_OTP, BenchUsers.STOCK, round)),
                        Arm.MDRIVE_SMS, new Turn(mdriveSms, logins.smsCode(Arm.MDRIVE_SMS, round)))),
                round -> {
                    // R-PERF-2 needs the password browsers' pace without the stalled ones, not beside other arms
                    PopulationBuilder stalledHeat = stalledRound(round, mdrivePassword, stalled);
                    PopulationBuilder alone = heat(round, Map.of(Arm.MDRIVE_PASSWORD_ALONE,
                            new Turn(mdrivePassword, logins.password(Arm.MDRIVE_PASSWORD_ALONE, BenchUsers.MDRIVE, round))));
                    return round % 2 == 0 ? stalledHeat.andThen(alone) : alone.andThen(stalledHeat);
                },
                round -> burstRound(Arm.MDRIVE_LOCKOUT, round, mdriveLockout, BenchUsers.MDRIVE)
                        .andThen(burstRound(Arm.STOCK_LOCKOUT, round, stockLockoutFeed, BenchUsers.STOCK_LOCKOUT)));

        sns.stalling(true);
        Random order = new Random(rounds);
        List<PopulationBuilder> steps = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<IntFunction<PopulationBuilder>> thisRound = new ArrayList<>(heats);
            Collections.shuffle(thisRound, order);
            for (IntFunction<PopulationBuilder> heat : thisRound) {
                steps.add(heat.apply(round));
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

    /** An arm's sign-in, and where its next user comes from. */
    private record Turn(Function<Session, Session> users, ChainBuilder login) {
    }

    @Override
    public void after() {
        new Summary(options, admin).print(stockLockoutUsers);
    }

    /**
     * The arms of a heat at once, each with its browsers signing in one sign-in after the other
     * until the heat's seconds are over: one Gatling scenario whose browsers take their arm by the
     * order they start in, so that the next heat starts when the last of them is done.
     */
    private PopulationBuilder heat(int round, Map<Arm, Turn> arms) {
        List<Map.Entry<Arm, Turn>> ordered = new ArrayList<>(new EnumMap<>(arms).entrySet());
        AtomicInteger started = new AtomicInteger();
        List<ChainBuilder> signIns = new ArrayList<>();
        for (Map.Entry<Arm, Turn> arm : ordered) {
            signIns.add(during(Duration.ofSeconds(options.seconds())).on(exec(arm.getValue().users()).exec(arm.getValue().login())));
        }
        List<WithKey> choices = new ArrayList<>();
        for (int i = 0; i < signIns.size(); i++) {
            choices.add(onCase(i).then(signIns.get(i)));
        }
        String name = ordered.stream().map(arm -> arm.getKey().name()).collect(Collectors.joining(" + "));
        ScenarioBuilder scenario = scenario("r" + round + " " + name);
        // Gatling's switch wants two cases at least
        scenario = signIns.size() == 1 ? scenario.exec(signIns.get(0))
                : scenario.exec(session -> session.set("arm", started.getAndIncrement() / options.clients())).doSwitch("#{arm}").on(choices);
        return scenario.injectOpen(atOnceUsers(options.clients() * ordered.size()));
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
                .then(during(Duration.ofSeconds(options.seconds())).on(exec(passwordTurns).exec(logins.password(arm, BenchUsers.MDRIVE, round)))
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
