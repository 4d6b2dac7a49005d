package nl.veiligheidshuis.privacy;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which calls of the engine's REST API (engine REST at {@code /engine-rest} and the webapps' engine API at
 * {@code /camunda/api/engine/engine/{engine}}) return case content, and how to find the case they read. Content is
 * what holds values of the case: the variables of a task, process instance or execution (runtime and history), the
 * history of variable changes and form fields, and the inputs and outputs of decisions. Everything else (task
 * lists and counts, process definitions, forms, diagrams, the task itself) names the case at most and is not a read
 * of its content. Writes (POST of variables, completing a task) are logged where the application handles them.
 *
 * <p>The rule for Tasklist: opening a task loads the task, its form and its variables; only the variables are
 * content, so one opening gives one entry ("taak geopend in Tasklist"). The task list loads the filter's list,
 * whose variables are the case number, the region and the priority: no content, not logged.
 */
final class EngineReadRules {

    /** Where the case of a read is found: through the id in the path, or in the rows of the answer. */
    enum Scope {
        TASK,
        PROCESS_INSTANCE,
        EXECUTION,
        VARIABLE_INSTANCE,
        HISTORIC_VARIABLE_INSTANCE,
        HISTORIC_DETAIL,
        /** A query: every row of the JSON answer names its (root) process instance. */
        ANSWER
    }

    /**
     * One content read: its scope, the id in the path (null for {@link Scope#ANSWER}), what was read (Dutch) and
     * whether it came through engine REST rather than the webapps' engine API.
     */
    record EngineRead(Scope scope, String id, String what, boolean engineRest) {
    }

    private record Rule(String method, Pattern path, Scope scope, String what, Predicate<Parameters> when) {
    }

    /** The query parameters of the request (never its body). */
    @FunctionalInterface
    interface Parameters {
        String get(String name);
    }

    private static final String ID = "([^/]+)";
    private static final String VARIABLE = "(?:/[^/]+(?:/data)?)?";
    /** One row by id, but not the count. */
    private static final String ONE_ROW = "(?:/(?!count/?$)[^/]+)?";
    private static final Predicate<Parameters> ALWAYS = p -> true;
    private static final Predicate<Parameters> WITH_VALUES = p -> "true".equalsIgnoreCase(p.get("includeInputs"))
            || "true".equalsIgnoreCase(p.get("includeOutputs"));

    private static final List<Rule> RULES = List.of(
            rule("GET", "task/" + ID + "/(?:form-variables|variables|localVariables)" + VARIABLE, Scope.TASK, "variabelen van de taak"),
            rule("GET", "process-instance/" + ID + "/variables" + VARIABLE, Scope.PROCESS_INSTANCE, "variabelen van het proces"),
            rule("GET", "execution/" + ID + "/localVariables" + VARIABLE, Scope.EXECUTION, "variabelen van het proces"),
            rule("GET", "variable-instance/" + ID + "/data", Scope.VARIABLE_INSTANCE, "variabelen van het proces"),
            rule("GET", "variable-instance" + ONE_ROW, Scope.ANSWER, "variabelen van het proces"),
            rule("POST", "variable-instance", Scope.ANSWER, "variabelen van het proces"),
            rule("GET", "history/variable-instance/" + ID + "/data", Scope.HISTORIC_VARIABLE_INSTANCE, "historie van de variabelen"),
            rule("GET", "history/variable-instance" + ONE_ROW, Scope.ANSWER, "historie van de variabelen"),
            rule("POST", "history/variable-instance", Scope.ANSWER, "historie van de variabelen"),
            rule("GET", "history/detail/" + ID + "/data", Scope.HISTORIC_DETAIL, "historie van wijzigingen en formuliervelden"),
            rule("GET", "history/detail" + ONE_ROW, Scope.ANSWER, "historie van wijzigingen en formuliervelden"),
            rule("POST", "history/detail", Scope.ANSWER, "historie van wijzigingen en formuliervelden"),
            new Rule("GET", Pattern.compile("history/decision-instance" + ONE_ROW + "/?"), Scope.ANSWER, "beslisgegevens", WITH_VALUES));

    private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest/(?:engine/[^/]+/)?(.*)$");

    private final Pattern webappEngineApi;

    /** @param webappPath the webapps' application path, {@code /camunda} by default */
    EngineReadRules(String webappPath) {
        this.webappEngineApi = Pattern.compile("^" + Pattern.quote(webappPath) + "/api/engine/engine/[^/]+/(.*)$");
    }

    private static Rule rule(String method, String path, Scope scope, String what) {
        return new Rule(method, Pattern.compile(path + "/?"), scope, what, ALWAYS);
    }

    /** The content read this request makes, if any. {@code path} is the request's path inside the application. */
    Optional<EngineRead> classify(String method, String path, Parameters parameters) {
        String normal = normalise(path);
        Matcher rest = ENGINE_REST.matcher(normal);
        Matcher webapp = webappEngineApi.matcher(normal);
        boolean engineRest = rest.matches();
        if (!engineRest && !webapp.matches()) {
            return Optional.empty();
        }
        String enginePath = engineRest ? rest.group(1) : webapp.group(1);
        for (Rule rule : RULES) {
            if (!rule.method().equalsIgnoreCase(method)) {
                continue;
            }
            Matcher matcher = rule.path().matcher(enginePath);
            if (matcher.matches() && rule.when().test(parameters)) {
                String id = rule.scope() == Scope.ANSWER ? null : matcher.group(1);
                return Optional.of(new EngineRead(rule.scope(), id, rule.what(), engineRest));
            }
        }
        return Optional.empty();
    }

    /**
     * The channel of a read: engine REST, or for the webapps' engine API (shared by Tasklist and Cockpit) the app
     * that made the call, as its page address in the Referer header says; without one, a task's variables count as
     * Tasklist and everything else as Cockpit. The channel only describes the door: user and case do not depend on it.
     */
    static AccessLog.Channel channel(EngineRead read, String referer) {
        if (read.engineRest()) {
            return AccessLog.Channel.ENGINE_REST;
        }
        if (referer != null && referer.contains("/app/tasklist/")) {
            return AccessLog.Channel.TASKLIST;
        }
        if (referer != null && referer.contains("/app/cockpit/")) {
            return AccessLog.Channel.COCKPIT;
        }
        return read.scope() == Scope.TASK ? AccessLog.Channel.TASKLIST : AccessLog.Channel.COCKPIT;
    }

    /** Why the data was read, in Dutch: opening a task in Tasklist, or what was looked at through which door. */
    static String purpose(EngineRead read, AccessLog.Channel channel) {
        return switch (channel) {
            case TASKLIST -> read.scope() == Scope.TASK ? "taak geopend in Tasklist" : read.what() + " gelezen in Tasklist";
            case COCKPIT -> read.what() + " bekeken in Cockpit";
            default -> read.what() + " gelezen via engine REST";
        };
    }

    private static String normalise(String path) {
        return path == null ? "" : path.replaceAll("/{2,}", "/");
    }
}
