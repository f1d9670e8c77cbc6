package jp.mdrive.keycloak.core.upgrade;

import java.util.List;
import java.util.Optional;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The ordered steps that bring an M-Drive realm of an earlier release to this one, and the realm
 * attribute ({@link ConfigVersion#ATTRIBUTE}) that records how far a realm has come. A step runs only
 * for realms older than its version, so running the upgrades again changes nothing.
 */
public final class RealmUpgrades {

    /** The first landed release's realms have no version attribute, but they have this flow. */
    static final String FIRST_RELEASE_FLOW = "mdrive browser";

    private final List<UpgradeStep> steps;

    public RealmUpgrades(List<UpgradeStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("no upgrade steps");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).version().compareTo(steps.get(i).version()) >= 0) {
                throw new IllegalArgumentException("upgrade steps out of order: " + steps.get(i - 1).version() + " before " + steps.get(i).version());
            }
        }
        this.steps = List.copyOf(steps);
    }

    /** This release's steps: for now one, the realm made to match the export this jar carries. */
    public static RealmUpgrades ofThisRelease(BundledExport export) {
        return new RealmUpgrades(List.of(new ExportReconciliation(export)));
    }

    /** What a realm is brought to. */
    public ConfigVersion current() {
        return steps.get(steps.size() - 1).version();
    }

    /** The steps a realm at the given version still needs, in order (none for a current or newer one). */
    public List<UpgradeStep> pending(Optional<ConfigVersion> realmVersion) {
        return steps.stream().filter(step -> realmVersion.map(version -> step.version().compareTo(version) > 0).orElse(true)).toList();
    }

    /** M-Drive realms only: one that carries the attribute, or one the first landed release made. */
    public static boolean isMdriveRealm(RealmModel realm) {
        return realm.getAttribute(ConfigVersion.ATTRIBUTE) != null || realm.getFlowByAlias(FIRST_RELEASE_FLOW) != null;
    }

    /**
     * Runs the realm's pending steps, recording each step's version as it completes; what was done,
     * if anything. A failing step is reported with its version; the caller's transaction rolls back.
     */
    public Optional<Upgrade> upgrade(KeycloakSession session, RealmModel realm) {
        if (!isMdriveRealm(realm)) {
            return Optional.empty();
        }
        Optional<ConfigVersion> from = ConfigVersion.ofAttribute(realm.getAttribute(ConfigVersion.ATTRIBUTE));
        List<UpgradeStep> pending = pending(from);
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        for (UpgradeStep step : pending) {
            try {
                step.apply(session, realm);
            } catch (RuntimeException e) {
                throw new StepFailedException(realm.getName(), step.version(), e);
            }
            realm.setAttribute(ConfigVersion.ATTRIBUTE, step.version().toString());
        }
        return Optional.of(new Upgrade(from, current()));
    }

    /** A realm brought from one version (none: the first landed release) to another. */
    public record Upgrade(Optional<ConfigVersion> from, ConfigVersion to) {

        public String fromText() {
            return from.map(ConfigVersion::toString).orElse("the first release (no " + ConfigVersion.ATTRIBUTE + ")");
        }
    }

    /** A step that threw: which realm and which step, for the log. */
    public static final class StepFailedException extends RuntimeException {

        StepFailedException(String realm, ConfigVersion step, RuntimeException cause) {
            super("realm " + realm + ": upgrade step " + step + " failed: " + cause.getMessage(), cause);
        }
    }
}
