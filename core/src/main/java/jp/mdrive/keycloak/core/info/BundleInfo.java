package jp.mdrive.keycloak.core.info;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * What the admin console's provider info shows of every M-Drive provider that has settings
 * (Keycloak's {@code ServerInfoAwareProviderFactory}): the bundle's version and commit from the
 * jar's manifest, then the provider's own settings. Never secrets: only whether one is set.
 */
public final class BundleInfo {

    static final String TITLE = "M-Drive sign-in for Keycloak";
    private static final Map<String, String> MANIFEST = readManifest();

    private BundleInfo() {
    }

    /** The bundle's version and commit, then the given settings in their order. */
    public static Map<String, String> with(Map<String, String> settings) {
        Map<String, String> info = new LinkedHashMap<>(MANIFEST);
        info.putAll(settings);
        return info;
    }

    /**
     * Our jar's manifest, found among all the manifests the class loader sees by its title (Quarkus'
     * class loader does not give a provider's package its manifest's version).
     */
    private static Map<String, String> readManifest() {
        Map<String, String> found = new LinkedHashMap<>();
        found.put("version", "unknown");
        found.put("commit", "unknown");
        try {
            Enumeration<URL> manifests = BundleInfo.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                try (InputStream in = manifests.nextElement().openStream()) {
                    Attributes main = new Manifest(in).getMainAttributes();
                    if (TITLE.equals(main.getValue(Attributes.Name.IMPLEMENTATION_TITLE))) {
                        found.put("version", main.getValue(Attributes.Name.IMPLEMENTATION_VERSION));
                        found.put("commit", main.getValue("Git-Commit"));
                        return found;
                    }
                }
            }
        } catch (IOException e) {
            found.put("version", "unreadable: " + e.getMessage());
        }
        return found;
    }
}
