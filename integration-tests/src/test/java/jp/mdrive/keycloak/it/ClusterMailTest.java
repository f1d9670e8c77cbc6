package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R-OPS-4 on the two production nodes: a mail decided in a transaction is in the outbox table with
 * it, and whichever node is alive sends it once, after SMTP or its node comes back.
 */
class ClusterMailTest extends ClusterBase {

    @Test
    @DisplayName("R-OPS-4 R-OPS-3 node 1 locks a user while SMTP is down and dies: node 2 sends the lock mail once when SMTP is back")
    void mailOfDeadNodeSentByOther() {
        String email = "cluster-mail-dead-node@demo.m-drive.example";
        DemoUsers.create(realm, email, "ja");
        cluster.stopMail();
        try {
            failTimes(1, email, 10);
            cluster.node(1).kill();
        } finally {
            cluster.startMail();
        }
        try {
            Mails.awaitTo(cluster.mail(), email, 1, OUTBOX_WAIT);
            assertEquals(1, Mails.quietTo(cluster.mail(), email, 1).size(), "sent once, by node 2");
        } finally {
            cluster.node(1).start();
        }
        assertEquals(1, Mails.quietTo(cluster.mail(), email, 1).size(), "node 1, back, does not send it again");
    }

    @Test
    @DisplayName("R-OPS-4 R-OPS-2 lock mails queued on both nodes while SMTP is down leave once each when it is back, both nodes working the queue")
    void queuedMailsSentOnceEach() {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String email = "cluster-mail-queued-" + i + "@demo.m-drive.example";
            DemoUsers.create(realm, email, "ja");
            emails.add(email);
        }
        cluster.stopMail();
        try {
            for (int i = 0; i < emails.size(); i++) {
                failTimes(1 + i % 2, emails.get(i), 10);
            }
        } finally {
            cluster.startMail();
        }
        for (String email : emails) {
            Mails.awaitTo(cluster.mail(), email, 1, OUTBOX_WAIT);
        }
        Map<String, Integer> once = new LinkedHashMap<>();
        emails.forEach(email -> once.put(email, 1));
        Mails.quietTo(cluster.mail(), once).forEach((email, mails) -> assertEquals(1, mails.size(), "one lock mail to " + email));
        assertEquals(emails.size(), cluster.mail().getReceivedMessages().length, "no mail twice, none to anyone else");
    }
}
