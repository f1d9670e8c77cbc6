package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import jp.mdrive.keycloak.it.cluster.ProductionCluster;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Tests on two production-mode nodes on PostgreSQL ({@link ProductionCluster}): each request of a
 * test goes to the node it names, as a load balancer would send it. Tagged so that Maven runs them
 * in a JVM of their own, after the classes of the test framework's server.
 */
@Tag("cluster")
@ExtendWith(ProductionCluster.Extension.class)
abstract class ClusterBase {

    static final FakeSns SNS = FakeSns.start();
    /** Long enough for a mail's lease on a dead node to end and another node's next poll (see ProductionCluster). */
    static final Duration OUTBOX_WAIT = Duration.ofSeconds(60);

    ProductionCluster cluster;
    /** Realm mdrive administered through node 1. */
    ManagedRealm realm;

    @BeforeEach
    void cluster() {
        cluster = ProductionCluster.get();
        realm = cluster.realmVia(1);
    }

    BrowserFlowClient browser(int node) {
        return new BrowserFlowClient(realm).onNode(cluster.publicOrigin(), cluster.node(node).origin());
    }

    /** Sends an existing browser's next requests to another node. */
    BrowserFlowClient move(BrowserFlowClient browser, int node) {
        return browser.onNode(cluster.publicOrigin(), cluster.node(node).origin());
    }

    SecondStep secondStep(int node) {
        return SecondStep.in(browser(node));
    }

    void failTimes(int node, String email, int times) {
        for (int i = 0; i < times; i++) {
            assertFalse(browser(node).openLoginPage("ja").logIn(email, LockoutTest.WRONG).passedPassword());
        }
    }

    static final String CAP_REACHED = "本日のショートメッセージ送信回数の上限に達しました。明日以降に再度お試しください。";

    /** A fresh Japanese user locked by ten wrong passwords on the node, and the unblock link of its one lock mail. */
    String lockOn(int node, String email) {
        DemoUsers.create(realm, email, "ja");
        failTimes(node, email, 10);
        return Mails.link(onlyMail(email));
    }

    /** The right password is refused as locked, whichever node is asked. */
    void assertLockedOnBoth(String email) {
        for (int node = 1; node <= 2; node++) {
            assertTrue(browser(node).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).says(LockoutTest.LOCKED_JA), "node " + node);
        }
    }

    /** The one lock mail of the user: it came, and a quiet period shows no second one follows. */
    MimeMessage onlyMail(String email) {
        Mails.awaitTo(cluster.mail(), email, 1);
        List<MimeMessage> mails = Mails.quietTo(cluster.mail(), email, 1);
        org.junit.jupiter.api.Assertions.assertEquals(1, mails.size(), "exactly one mail");
        return mails.get(0);
    }
}
