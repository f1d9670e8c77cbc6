package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-SEC-10: what every answer to hostile input must be. Never a 5xx or a stack trace; a refusal is
 * our JSON {@code {"error", "message"}} or our themed page with a message, in the user's language
 * (Japanese for the tests' users).
 */
final class HostileAnswers {

    /** Statuses the HTTP layer answers before any code of ours runs (body, URI or header too large, media type). */
    private static final Set<Integer> HTTP_LAYER = Set.of(413, 414, 415, 431);
    /** Statuses of a path that no resource serves (a path parameter with an encoded slash). */
    private static final Set<Integer> UNROUTED = Set.of(404, 405);
    /** Keycloak's own filter refuses control characters in query parameters before any resource runs. */
    private static final String BLOCKED_QUERY = "{\"error\":\"Blocking invalid query parameter value\"}";
    private static final String THEME = "/login/mdrive/css/mdrive.css";
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final Pattern MESSAGE_KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern ALERT = Pattern.compile("pf-m-danger.*?kc-feedback-text\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern FIELD_ERROR = Pattern.compile("id=\"input-error-[^\"]*\"[^>]*>(.*?)</(?:div|span)>", Pattern.DOTALL);

    private HostileAnswers() {
    }

    /** No server fault: no 5xx, no exception class, no stack frame, no template error. */
    static void assertNoServerFault(int status, String body, String input) {
        assertTrue(status < 500, input + " → " + status + " " + head(body));
        for (String trace : new String[] {"Exception", "\tat ", "at org.", "at jp.", "at java.", "FreeMarker", "freemarker."}) {
            assertFalse(body.contains(trace), input + " → the answer shows \"" + trace + "\": " + head(body));
        }
    }

    /**
     * A REST answer: accepted (when the field may take the value) or refused with our JSON error and
     * a localized message; the HTTP layer's own refusals pass as refusals.
     */
    static void assertApi(BearerClient.Answer answer, boolean mustRefuse, String input) {
        assertNoServerFault(answer.status(), answer.body(), input);
        if (mustRefuse) {
            assertTrue(answer.status() >= 400, input + " was accepted: " + answer.status() + " " + head(answer.body()));
        }
        if (answer.status() < 400 || HTTP_LAYER.contains(answer.status())) {
            return;
        }
        boolean json = answer.contentType().startsWith("application/json");
        if (!json && UNROUTED.contains(answer.status())) {
            return;
        }
        assertTrue(json, input + " → " + answer.contentType() + " " + head(answer.body()));
        Map<String, Object> error = answer.json();
        if (UNROUTED.contains(answer.status()) && !error.containsKey("message")) {
            // Keycloak's answer to a path no resource of ours serves
            return;
        }
        assertEquals(Set.of("error", "message"), error.keySet(), input + " → not our error JSON: " + head(answer.body()));
        assertLocalized(String.valueOf(error.get("message")), input);
    }

    /**
     * A page answer: a redirect (when the field may take the value), or our themed page; a refusal
     * shows a localized message.
     */
    static void assertPage(BrowserFlowClient.Page page, boolean mustRefuse, String input) {
        assertNoServerFault(page.status(), page.body(), input);
        if (page.status() == 302 || page.status() == 303) {
            assertFalse(mustRefuse, input + " was accepted: redirected to " + page.location());
            return;
        }
        if (HTTP_LAYER.contains(page.status()) || page.status() == 400 && page.body().equals(BLOCKED_QUERY)) {
            return;
        }
        assertTrue(page.body().contains(THEME), input + " → not our themed page: " + page.status() + " " + head(page.body()));
        if (mustRefuse) {
            String message = message(page);
            assertNotNull(message, input + " → no message on the page: " + head(page.body()));
            assertLocalized(message, input);
        }
    }

    /** The page's error: the alert, or a field's error. */
    static String message(BrowserFlowClient.Page page) {
        for (Pattern pattern : new Pattern[] {ALERT, FIELD_ERROR}) {
            Matcher matcher = pattern.matcher(page.body());
            while (matcher.find()) {
                String text = matcher.group(1).replaceAll("<[^>]*>", "").strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static void assertLocalized(String message, String input) {
        if (message.isBlank() || MESSAGE_KEY.matcher(message).matches() || !JAPANESE.matcher(message).find()) {
            fail(input + " → the message is not a Japanese text: " + head(message));
        }
    }

    private static String head(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "… (" + text.length() + " characters)";
    }
}
