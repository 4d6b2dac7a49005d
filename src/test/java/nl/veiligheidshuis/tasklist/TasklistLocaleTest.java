package nl.veiligheidshuis.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Our Dutch Tasklist labels ({@code app/tasklist/locales/nl.json}) against the English ones of the Camunda webjar on
 * the class path: every English key has a Dutch text, no Dutch key is left over, and the Dutch text keeps the
 * angular-translate parameters ({@code {{ name }}}) of the English one. A Camunda upgrade that adds labels fails here
 * instead of showing English words in a Dutch Tasklist. Our English copy ({@code en.json}) must stay the webjar's
 * labels without {@code dateLocales}.
 */
class TasklistLocaleTest {

    static final String LOCALES = "META-INF/resources/webjars/camunda/app/tasklist/locales/";
    static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*([^}|\\s]+)");

    final ObjectMapper json = new ObjectMapper();

    @Test
    void theDutchLabelsCoverExactlyTheKeysOfTheBundledEnglishTasklist() throws IOException {
        Set<String> english = keys(bundled("en.json").get("labels"));
        Set<String> dutch = keys(ours("nl.json").get("labels"));

        assertThat(english).as("labels of the Camunda webjar").hasSizeGreaterThan(300);
        assertThat(difference(english, dutch)).as("English Tasklist labels without a Dutch text in nl.json").isEmpty();
        assertThat(difference(dutch, english)).as("labels in nl.json that Tasklist no longer has").isEmpty();
    }

    @Test
    void everyDutchLabelHasTextWhereEnglishHasAndKeepsItsParameters() throws IOException {
        JsonNode english = bundled("en.json").get("labels");
        JsonNode dutch = ours("nl.json").get("labels");
        List<String> problems = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            JsonNode translated = dutch.get(key);
            if (translated == null) {
                return; // reported by the key test
            }
            String englishText = english.get(key).asText();
            String dutchText = translated.asText();
            if (!englishText.isBlank() && dutchText.isBlank()) {
                problems.add(key + " is empty");
            }
            if (!parameters(englishText).equals(parameters(dutchText))) {
                problems.add(key + " has parameters " + parameters(dutchText) + " instead of " + parameters(englishText));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theDutchLabelsBringDutchDatesForRelativeAndCalendarDates() throws IOException {
        JsonNode dateLocales = ours("nl.json").get("dateLocales");
        assertThat(dateLocales).as("dateLocales in nl.json").isNotNull();
        assertThat(dateLocales.get("months")).hasSize(12);
        assertThat(dateLocales.get("months").get(0).asText()).isEqualTo("januari");
        assertThat(dateLocales.get("weekdays")).hasSize(7);
        assertThat(dateLocales.get("relativeTime")).isNotNull();
    }

    @Test
    void ourEnglishCopyIsTheBundledEnglishWithoutDateLocales() throws IOException {
        JsonNode bundled = bundled("en.json");
        JsonNode ours = ours("en.json");
        assertThat(ours.get("labels")).isEqualTo(bundled.get("labels"));
        assertThat(ours.has("dateLocales")).as("dateLocales would switch the date library back to English for Dutch users")
                .isFalse();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The Camunda webjar's own file (our override of the same path sits first on the class path). */
    private JsonNode bundled(String file) throws IOException {
        return read(file, true);
    }

    private JsonNode ours(String file) throws IOException {
        return read(file, false);
    }

    private JsonNode read(String file, boolean fromWebjar) throws IOException {
        for (URL url : Collections.list(getClass().getClassLoader().getResources(LOCALES + file))) {
            if (url.toString().contains("camunda-webapp-webjar") == fromWebjar) {
                try (InputStream in = url.openStream()) {
                    return json.readTree(in); // Jackson skips the webjar's byte order mark
                }
            }
        }
        throw new IllegalStateException(LOCALES + file + (fromWebjar ? " of the Camunda webjar" : " of the application")
                + " is not on the class path");
    }

    private static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static Set<String> difference(Set<String> from, Set<String> without) {
        Set<String> rest = new TreeSet<>(from);
        rest.removeAll(without);
        return rest;
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
