package jp.mdrive.keycloak.adminapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped OpenAPI description names every operation the resources serve. */
class OpenApiTest {

    @Test
    @DisplayName("Contract API: the OpenAPI description lists every contract operation with its method")
    void describesEveryOperation() throws IOException {
        assertDescribed(ContractResource.class, "/contracts/{alias}");
    }

    @Test
    @DisplayName("R-OPS-8 the OpenAPI description lists every operation of the realm admin's locks and contracts with its method")
    void describesEveryAdminOperation() throws IOException {
        assertDescribed(LocksResource.class, "/admin/realms/{realm}/mdrive/locks");
        assertDescribed(AdminContractResource.class, "/admin/realms/{realm}/mdrive/contracts/{alias}");
    }

    private static void assertDescribed(Class<?> resource, String root) throws IOException {
        String document = document();
        for (Method method : resource.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(PUT.class) ? "put"
                    : method.isAnnotationPresent(POST.class) ? "post" : method.isAnnotationPresent(DELETE.class) ? "delete" : null;
            if (verb == null) {
                continue;
            }
            Path path = method.getAnnotation(Path.class);
            String full = root + (path == null ? "" : "/" + path.value());
            int at = document.indexOf("  " + full + ":\n");
            assertTrue(at >= 0, full + " is described");
            int next = document.indexOf("\n  /", at + 1);
            String section = document.substring(at, next < 0 ? document.length() : next);
            assertTrue(section.contains("    " + verb + ":"), verb + " " + full);
        }
    }

    private static String document() throws IOException {
        try (InputStream in = MdriveResource.class.getResourceAsStream("openapi.yaml")) {
            assertTrue(in != null, "openapi.yaml beside the resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
