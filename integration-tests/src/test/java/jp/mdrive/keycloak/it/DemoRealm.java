package jp.mdrive.keycloak.it;

/** What the demo data (realm-export/mdrive-demo-data.json) puts into realm {@code mdrive}, see {@link DemoRealmConfig}. */
public final class DemoRealm {

    public static final String NAME = "mdrive";
    public static final String PASSWORD = "Demo-Pass1";

    public static final String BASIC_CONTRACT = "demo-basic";
    public static final String BASIC_CONTRACTOR = "contractor@demo.m-drive.example";
    public static final String BASIC_CONTRACTOR_ID = "6f1c8a52-6a0e-4d8e-9d3c-0a5e1f2b7c01";
    public static final String BASIC_ADMIN = "admin@demo.m-drive.example";
    public static final String BASIC_ADMIN_ID = "6f1c8a52-6a0e-4d8e-9d3c-0a5e1f2b7c02";
    public static final String BASIC_USER = "user@demo.m-drive.example";
    public static final String BASIC_USER_ID = "6f1c8a52-6a0e-4d8e-9d3c-0a5e1f2b7c03";

    public static final String TRIAL_CONTRACT = "demo-trial";

    private DemoRealm() {
    }
}
