package jp.mdrive.keycloak.it;

import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The realm every test class signs in to: the export as operators import it, plus the demo data.
 * The test framework injects the fields of superclasses too, so a test class states here only what
 * it adds.
 */
abstract class DemoRealmBase {

    @InjectRealm(config = DemoRealmConfig.class)
    ManagedRealm realm;
}
