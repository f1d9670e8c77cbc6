package jp.mdrive.keycloak.adminapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.ws.rs.core.Response;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserModel;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * R-SEC-10: a request body read strictly into one of the API's records, each refusal in the caller's
 * language. Nothing is coerced: {@code 1} or {@code "true"} is no confirmation and {@code 12345} no
 * name, as Jackson's lenient defaults would have them; a field given twice is ambiguous and an
 * unknown one a mistake. A record's components may be {@code String}, {@code Boolean} or
 * {@code List<String>}.
 */
final class JsonBody {

    private static final ObjectMapper STRICT = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBody() {
    }

    /** The body as that record, or null when it is empty or JSON {@code null} (each resource says what it misses). */
    static <T extends Record> T read(KeycloakSession session, UserModel caller, String body, Class<T> type) {
        try {
            return parse(body, type);
        } catch (Unreadable e) {
            throw ApiError.of(session, caller, Response.Status.BAD_REQUEST, e.getMessage(), e.getParameters()).exception();
        }
    }

    /** @throws Unreadable with the message key of what is wrong with the body */
    static <T extends Record> T parse(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonNode tree;
        try {
            tree = STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new Unreadable("mdrive.api.invalidBody");
        }
        if (tree == null || tree.isNull()) {
            return null;
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new Unreadable("mdrive.api.invalidBody");
        }
        List<RecordComponent> components = Arrays.asList(type.getRecordComponents());
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            RecordComponent component = components.stream().filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new Unreadable("mdrive.api.unknownField", name));
            JsonNode value = object.get(name);
            if (!value.isNull() && !hasType(value, component)) {
                throw new Unreadable("mdrive.api.fieldType." + typeName(component), name);
            }
        }
        try {
            return STRICT.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new Unreadable("mdrive.api.invalidBody");
        }
    }

    /** A body the API cannot take; the message is a theme message key. */
    static final class Unreadable extends ModelException {

        private static final long serialVersionUID = 1L;

        Unreadable(String messageKey, Object... parameters) {
            super(messageKey, parameters);
        }
    }

    private static boolean hasType(JsonNode value, RecordComponent component) {
        return switch (typeName(component)) {
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            default -> value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isTextual);
        };
    }

    private static String typeName(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            return "string";
        }
        if (type == Boolean.class) {
            return "boolean";
        }
        Type generic = component.getGenericType();
        if (type == List.class && generic instanceof ParameterizedType list && list.getActualTypeArguments()[0] == String.class) {
            return "stringList";
        }
        throw new IllegalArgumentException(component + " is not a type a body field may have");
    }
}
