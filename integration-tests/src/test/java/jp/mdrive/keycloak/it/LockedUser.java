package jp.mdrive.keycloak.it;

import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.realm.ManagedRealm;

/** A fresh user of realm mdrive, locked by ten real wrong passwords, with the unblock link of its one lock mail. */
record LockedUser(String email, String userId, String link) {

    static LockedUser of(ManagedRealm realm, MailServer mail, String name) {
        String email = name + "-" + System.nanoTime() + "@demo.m-drive.example";
        String userId = DemoUsers.create(realm, email, "ja");
        for (int i = 0; i < 10; i++) {
            new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, LockoutTest.WRONG);
        }
        return new LockedUser(email, userId, Mails.link(Mails.only(mail, email)));
    }

    /** Whether the right password is refused with the lock message. */
    boolean refusedAsLocked(ManagedRealm realm) {
        return new BrowserFlowClient(realm).openLoginPage("ja").logIn(email, DemoRealm.PASSWORD).says(LockoutTest.LOCKED_JA);
    }
}
