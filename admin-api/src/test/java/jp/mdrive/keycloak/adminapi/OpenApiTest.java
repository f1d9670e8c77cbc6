package jp.mdrive.keycloak.adminapi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
        String document;
        try (InputStream in = MdriveResource.class.getResourceAsStream("openapi.yaml")) {
            assertTrue(in != null, "openapi.yaml beside the resources");
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Method method : ContractResource.class.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "get" : method.isAnnotationPresent(PUT.class) ? "put"
                    : method.isAnnotationPresent(POST.class) ? "post" : null;
            if (verb == null) {
                continue;
            }
            Path path = method.getAnnotation(Path.class);
            String full = "/contracts/{alias}" + (path == null ? "" : "/" + path.value());
            int at = document.indexOf("  " + full + ":\n");
            assertTrue(at >= 0, full + " is described");
            int next = document.indexOf("\n  /", at + 1);
            String section = document.substring(at, next < 0 ? document.length() : next);
            assertTrue(section.contains("    " + verb.toLowerCase(Locale.ROOT) + ":"), verb + " " + full);
        }
    }
}
