package jp.mdrive.keycloak.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of the management port's {@code /metrics}, as Prometheus reads it: series by name and
 * labels. Compare a scrape before and after an action with {@link #moved}.
 */
final class Meters {

    /** {@code name{label="value",…} 1.0}, or a series without labels. */
    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record Series(String name, Map<String, String> labels) {
    }

    private final Map<Series, Double> values;

    private Meters(Map<Series, Double> values) {
        this.values = values;
    }

    static Meters scrape(String metricsUrl) {
        HttpResponse<String> response = BearerClient.exchange(HTTP, HttpRequest.newBuilder(URI.create(metricsUrl)).GET().build());
        assertEquals(200, response.statusCode(), response.body());
        Map<Series, Double> values = new LinkedHashMap<>();
        for (String line : response.body().split("\n")) {
            Matcher series = SERIES.matcher(line.strip());
            if (line.startsWith("#") || !series.matches()) {
                continue;
            }
            Map<String, String> labels = new LinkedHashMap<>();
            Matcher label = LABEL.matcher(series.group(2) == null ? "" : series.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
            values.put(new Series(series.group(1), labels), Double.parseDouble(series.group(3)));
        }
        return new Meters(values);
    }

    /** The sum of the series of this name that carry these labels (and any others); 0 if none has been written yet. */
    double value(String name, String... labelPairs) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labelPairs.length; i += 2) {
            wanted.put(labelPairs[i], labelPairs[i + 1]);
        }
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().name().equals(name) && entry.getKey().labels().entrySet().containsAll(wanted.entrySet()))
                .mapToDouble(Map.Entry::getValue)
                .sum();
    }

    /** How far a series moved between the earlier scrape {@code before} and this one. */
    double moved(Meters before, String name, String... labelPairs) {
        return value(name, labelPairs) - before.value(name, labelPairs);
    }

    /** The label values of every series whose name starts so. */
    List<String> labelValues(String namePrefix) {
        return values.keySet().stream().filter(series -> series.name().startsWith(namePrefix))
                .flatMap(series -> series.labels().values().stream()).distinct().toList();
    }
}
