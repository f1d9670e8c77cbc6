package jp.mdrive.keycloak.it;

import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;

/**
 * For {@code @InjectRealm(config = DemoRealmConfig.class)}: realm mdrive as bin/start runs it, the
 * production export resolved as Keycloak's start-up import resolves it, with the demo data added.
 */
public class DemoRealmConfig implements RealmConfig {

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        return RealmBuilder.update(RealmFiles.exportWithDemoData());
    }
}
