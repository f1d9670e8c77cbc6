package jp.mdrive.keycloak.adminapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R-SEC-10: request bodies are read strictly; every refusal names a message key. */
class JsonBodyTest {

    record Sample(String name, Boolean confirmed, List<String> lines) {
    }

    private static void refused(String body, String messageKey, Object... parameters) {
        JsonBody.Unreadable refusal = assertThrows(JsonBody.Unreadable.class, () -> JsonBody.parse(body, Sample.class), body);
        assertEquals(messageKey, refusal.getMessage(), body);
        assertArrayEquals(parameters, refusal.getParameters(), body);
    }

    @Test
    @DisplayName("R-SEC-10 a body of the right types reads as the record; an empty body or JSON null is no record")
    void valid() {
        assertEquals(new Sample("山田", true, List.of("CAF1234567890")),
                JsonBody.parse("{\"name\": \"山田\", \"confirmed\": true, \"lines\": [\"CAF1234567890\"]}", Sample.class));
        assertEquals(new Sample(null, null, null), JsonBody.parse("{\"name\": null}", Sample.class));
        assertNull(JsonBody.parse("", Sample.class));
        assertNull(JsonBody.parse(" null ", Sample.class));
    }

    @Test
    @DisplayName("R-SEC-10 nothing is coerced: 1 and \"true\" are no confirmation, a number no name, a lone string no list")
    void noCoercion() {
        refused("{\"confirmed\": 1}", "mdrive.api.fieldType.boolean", "confirmed");
        refused("{\"confirmed\": \"true\"}", "mdrive.api.fieldType.boolean", "confirmed");
        refused("{\"name\": 12345}", "mdrive.api.fieldType.string", "name");
        refused("{\"name\": false}", "mdrive.api.fieldType.string", "name");
        refused("{\"name\": [\"山田\"]}", "mdrive.api.fieldType.string", "name");
        refused("{\"name\": {\"$ne\": \"\"}}", "mdrive.api.fieldType.string", "name");
        refused("{\"lines\": \"CAF1234567890\"}", "mdrive.api.fieldType.stringList", "lines");
        refused("{\"lines\": [\"CAF1234567890\", 7]}", "mdrive.api.fieldType.stringList", "lines");
    }

    @Test
    @DisplayName("R-SEC-10 unreadable, ambiguous and unknown bodies are refused")
    void unreadable() {
        refused("{\"name\": ", "mdrive.api.invalidBody");
        refused("[{\"name\": \"x\"}]", "mdrive.api.invalidBody");
        refused("\"name\"", "mdrive.api.invalidBody");
        refused("{\"name\": \"a\"} {\"name\": \"b\"}", "mdrive.api.invalidBody");
        refused("{\"name\": \"a\", \"name\": \"b\"}", "mdrive.api.invalidBody");
        refused("{\"name\": \"a\", \"x\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}", "mdrive.api.invalidBody");
        refused("{\"name\": \"a\", \"mdrive.contractor\": \"someone\"}", "mdrive.api.unknownField", "mdrive.contractor");
    }
}
