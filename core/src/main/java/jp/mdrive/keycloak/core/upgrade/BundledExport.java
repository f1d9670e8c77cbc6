package jp.mdrive.keycloak.core.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

/**
 * The realm export this jar carries (realm-export's {@code mdrive-realm.json}, copied beside this
 * class by core's build): what an upgraded realm is made to match. Its environment placeholders stay unresolved; the
 * upgrade leaves alone what they fill in (SMTP, identity providers' client settings).
 */
public final class BundledExport {

    static final String RESOURCE = "mdrive-realm.json";

    private final byte[] json;

    private BundledExport(byte[] json) {
        this.json = json;
    }

    public static BundledExport fromJar() {
        try (InputStream in = BundledExport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the M-Drive bundle jar");
            }
            return new BundledExport(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy each time: Keycloak's helpers write ids into the representations they are given. */
    public RealmRepresentation representation() {
        try {
            return JsonSerialization.readValue(json, RealmRepresentation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release the export is: the version attribute it gives a realm imported from it. */
    ConfigVersion version() {
        return ConfigVersion.of(representation().getAttributes().get(ConfigVersion.ATTRIBUTE));
    }
}
