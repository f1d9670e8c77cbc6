package jp.mdrive.keycloak.core.identity;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

import jp.mdrive.keycloak.core.mail.MdriveMail;
import jp.mdrive.keycloak.core.time.JapanCalendar;

/**
 * R-SEC-6: when a user's address changes, the old address is told (【M-Drive】メールアドレス変更のお知らせ):
 * the new address masked, when, and whom to contact if it was not the user. Whoever changed the
 * address through a link cannot also keep its owner from learning of it. The manual has no such mail;
 * its words follow the manual's other mails.
 */
final class AddressChangeNotice {

    static final String SUBJECT = "mdrive.mail.emailChanged.subject";
    static final String TEMPLATE = "mdrive-email-changed.ftl";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(JapanCalendar.ZONE);

    private AddressChangeNotice() {
    }

    static void send(KeycloakSession session, RealmModel realm, UserModel user, String oldAddress, String newAddress) {
        MdriveMail.sendAfterCommit(session, realm, user, oldAddress, SUBJECT, TEMPLATE, Map.of(
                "newAddress", MaskedAddress.of(newAddress),
                "changedAt", WHEN.format(Instant.ofEpochMilli(Time.currentTimeMillis()))));
    }
}
