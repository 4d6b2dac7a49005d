package nl.veiligheidshuis.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Our Dutch for form-js ({@code app/tasklist/scripts/form-js-nl.js}) against the form-js that the Camunda webjar on the
 * class path bundles ({@code lib/deps.js}): every validation message that form-js can write is handled by the script,
 * every English text the script looks for still exists in form-js, and form-js still ignores
 * {@code patternErrorMessage}. A Camunda upgrade that changes form-js's texts fails here, not silently in Tasklist.
 */
class FormStringsBundleTest {

    static final String DEPS = "META-INF/resources/webjars/camunda/lib/deps.js";
    static final String SCRIPT = "META-INF/resources/webjars/camunda/app/tasklist/scripts/form-js-nl.js";
    static final String CONFIG = "META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js";

    /** A message pushed onto form-js's error list: {@code x.push("Field is required.")} or a template literal. */
    static final Pattern PUSHED_MESSAGE = Pattern.compile("\\.push\\((?:\"([^\"]*)\"|`([^`]*)`)");
    /** An English key of one of the script's exact-text tables: {@code 'Field is required.': 'Dit veld ...'}. */
    static final Pattern SCRIPT_KEY = Pattern.compile("(?:'((?:[^'\\\\]|\\\\.)+)'|\"([^\"]+)\"):\\s*'");

    /** English texts that form-js builds from pieces, with the pieces to find in the bundle. */
    static final Map<String, List<String>> COMPOSED = Map.of("Value is expected to be an integer.",
            List.of("\"Value is expected to \"", "\"be an integer\""));

    @Test
    void everyValidationMessageOfTheBundledFormJsIsTranslatedByTheScript() throws IOException {
        String deps = read(DEPS);
        String script = read(SCRIPT);
        List<String> messages = new ArrayList<>();
        Matcher pushed = PUSHED_MESSAGE.matcher(deps);
        while (pushed.find()) {
            String message = pushed.group(1) != null ? pushed.group(1) : pushed.group(2);
            if (message.matches("(Field|Value|Please) .*")) {
                messages.add(message);
            }
        }
        assertThat(deps).contains("\"Date and time must both be entered.\"");
        messages.add("Date and time must both be entered.");

        assertThat(messages).as("validation messages found in form-js").hasSizeGreaterThanOrEqualTo(12)
                .contains("Field is required.", "Field must have minimum length of ${t.minLength}.");
        assertThat(messages).allSatisfy(message -> {
            // the fixed part before the first parameter, e.g. "Field must have minimum length of "
            String fixedPart = message.split("\\$\\{", 2)[0];
            assertThat(script).as("form-js-nl.js handles \"%s\"", message).contains(fixedPart);
        });
    }

    @Test
    void everyEnglishTextTheScriptLooksForStillExistsInTheBundledFormJs() throws IOException {
        String deps = read(DEPS);
        List<String> keys = new ArrayList<>();
        Matcher key = SCRIPT_KEY.matcher(read(SCRIPT));
        while (key.find()) {
            keys.add((key.group(1) != null ? key.group(1).replace("\\'", "'") : key.group(2)));
        }
        assertThat(keys).as("English texts in form-js-nl.js").hasSizeGreaterThanOrEqualTo(20)
                .contains("Field is required.", "Select", "Search", "hh:mm");
        assertThat(keys).allSatisfy(english -> {
            if (COMPOSED.containsKey(english)) {
                assertThat(deps).contains(COMPOSED.get(english));
            } else {
                assertThat(deps).as("form-js writes \"%s\"", english).contains(english);
            }
        });
    }

    @Test
    void theBundledFormJsStillIgnoresPatternErrorMessageSoTheScriptShowsIt() throws IOException {
        assertThat(read(DEPS)).as("form-js now supports patternErrorMessage itself: drop that part of form-js-nl.js")
                .doesNotContain("patternErrorMessage");
    }

    @Test
    void tasklistLoadsTheScript() throws IOException {
        assertThat(read(CONFIG)).containsPattern("customScripts:\\s*\\[\\s*'scripts/form-js-nl'\\s*]");
    }

    private String read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
