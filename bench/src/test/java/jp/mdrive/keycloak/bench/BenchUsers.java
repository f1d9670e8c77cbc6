package jp.mdrive.keycloak.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The realms, contracts and users of one benchmark run, made through the admin API: realm mdrive as
 * {@code bin/bench} imported it, and stock realms with Keycloak's defaults (the same password hashing,
 * Keycloak's default for both). Users get names of this run, so runs against a long-running server
 * never share a user's counters. A user who types an app code may not type the same code twice, so
 * those arms take their users from pools that rest between turns ({@link SecondStepUsers}).
 */
final class BenchUsers {

    static final String MDRIVE = "mdrive";
    static final String STOCK = "bench-stock";
    /** Stock with Keycloak's brute-force protection at M-Drive's threshold: locks at the 10th wrong password, for good. */
    static final String STOCK_LOCKOUT = "bench-stock-lockout";
    static final String PASSWORD = "Bench-Pass1";

    private static final String CONTRACT_2SV_OFF = "bench-2sv-off";
    private static final String CONTRACT_2SV_ON = "bench-2sv-on";
    private static final int IMPORT_BATCH = 100;

    /** A user as the load needs it: the name typed, and the app secret or phone where there is one. */
    record User(String username, String otpSecret, String phone) {

        Map<String, Object> feed() {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("username", username);
            record.put("password", PASSWORD);
            record.put("otpSecret", otpSecret == null ? "" : otpSecret);
            record.put("phone", phone == null ? "" : phone);
            return record;
        }
    }

    private final AdminApi admin;
    private final boolean stockEvents;
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private int phones;

    BenchUsers(AdminApi admin, boolean stockEvents) {
        this.admin = admin;
        this.stockEvents = stockEvents;
    }

    /** A realm with Keycloak's defaults (and brute-force protection for the lockout comparison). */
    void stockRealms() {
        stockRealm(STOCK, Map.of());
        stockRealm(STOCK_LOCKOUT, Map.of("bruteForceProtected", true, "permanentLockout", true, "failureFactor", 10));
    }

    /** Made once; the event setting follows this run's option, so a server reused with --url is compared as asked. */
    private void stockRealm(String name, Map<String, Object> settings) {
        if (admin.exists("/" + name)) {
            admin.put("/" + name, Map.of("eventsEnabled", stockEvents));
            return;
        }
        Map<String, Object> realm = new LinkedHashMap<>(settings);
        realm.put("realm", name);
        realm.put("enabled", true);
        realm.put("eventsEnabled", stockEvents);
        admin.post("", realm);
    }

    /** Password users of a contract with 2SV switched off (M-Drive) or of a stock realm. */
    List<User> passwordUsers(String realm, String kind, int count) {
        return create(realm, kind, count, false, false, realm.equals(MDRIVE) ? CONTRACT_2SV_OFF : null);
    }

    /** Users with an authenticator app, of a contract with 2SV on (M-Drive) or of a stock realm, whose browser flow then asks for the code. */
    List<User> appUsers(String realm, String kind, int count) {
        return create(realm, kind, count, true, false, realm.equals(MDRIVE) ? CONTRACT_2SV_ON : null);
    }

    /**
     * M-Drive users who registered a phone for 2SV (enrolled through the pages); stalled ones get numbers
     * the SNS stand-in hangs on.
     */
    List<User> smsUsers(String kind, int count, boolean stalled, BrowserSetup setup) {
        List<User> users = create(MDRIVE, kind + (stalled ? "-stalled" : ""), count, false, true, CONTRACT_2SV_ON);
        setup.enrolSms(users);
        return users;
    }

    private List<User> create(String realm, String kind, int count, boolean app, boolean sms, String contract) {
        List<User> users = new ArrayList<>();
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = String.format(Locale.ROOT, "%s-%s-%04d@bench.m-drive.example", kind, run, i);
            String secret = app ? secret() : null;
            String phone = sms ? phone(kind.endsWith("-stalled")) : null;
            users.add(new User(username, secret, phone));
            representations.add(representation(username, secret, phone));
        }
        for (int from = 0; from < representations.size(); from += IMPORT_BATCH) {
            admin.post("/" + realm + "/partialImport", Map.of("ifResourceExists", "FAIL",
                    "users", representations.subList(from, Math.min(from + IMPORT_BATCH, representations.size()))));
        }
        if (contract != null) {
            String organization = contract(contract);
            for (User user : users) {
                String id = admin.get("/" + realm + "/users?exact=true&username=" + AdminApi.encode(user.username())).get(0).get("id").asText();
                admin.post("/" + realm + "/organizations/" + organization + "/members", AdminApi.write(id));
            }
        }
        return users;
    }

    private Map<String, Object> representation(String username, String otpSecret, String phone) {
        List<Map<String, Object>> credentials = new ArrayList<>();
        credentials.add(Map.of("type", "password", "value", PASSWORD, "temporary", false));
        if (otpSecret != null) {
            credentials.add(Map.of("type", "otp", "userLabel", "bench",
                    "secretData", AdminApi.write(Map.of("value", otpSecret)),
                    "credentialData", AdminApi.write(Map.of("subType", "totp", "digits", 6, "counter", 0, "period", 30, "algorithm", "HmacSHA1"))));
        }
        if (phone != null) {
            credentials.add(Map.of("type", "mdrive-sms-phone", "userLabel", "bench", "secretData", "{}",
                    "credentialData", AdminApi.write(Map.of("phoneNumber", phone))));
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("email", username);
        user.put("emailVerified", true);
        user.put("enabled", true);
        user.put("firstName", "Taro");
        user.put("lastName", "Bench");
        user.put("attributes", Map.of("locale", List.of("en")));
        user.put("credentials", credentials);
        return user;
    }

    /** The contract's id, made on first use: basic plan, and 2SV on or off. */
    private String contract(String alias) {
        for (var organization : admin.get("/" + MDRIVE + "/organizations?search=" + alias + "&exact=true")) {
            if (alias.equals(organization.get("alias").asText())) {
                return organization.get("id").asText();
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("mdrive.plan", List.of("basic"));
        if (alias.equals(CONTRACT_2SV_OFF)) {
            attributes.put("mdrive.two-step-verification", List.of("false"));
        }
        return admin.post("/" + MDRIVE + "/organizations", Map.of("alias", alias, "name", alias, "attributes", attributes));
    }

    private String secret() {
        // Keycloak keys TOTP with the bytes of the stored secret as it is; letters and digits, as it generates them
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            secret.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return secret.toString();
    }

    /** A Japanese mobile number of this run: eight digits of its own after 090-1 or, stalled, 090-9. */
    private String phone(boolean stalled) {
        long own = (System.currentTimeMillis() / 1000 * 1000 + phones++) % 10_000_000L;
        return (stalled ? SnsStandIn.STALLED_PREFIX : "+81901") + String.format(Locale.ROOT, "%07d", own);
    }
}
