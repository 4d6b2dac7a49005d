package nl.veiligheidshuis.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Three statements of the engine's authorization checks, rewritten so that their cost no longer grows with every open
 * task of a region times a partner's authorizations (docs/performance.md). Same rows, other SQL.
 *
 * <p>Camunda 7.24 checks a user's right to see a task (or a variable) with a join:
 *
 * <pre>
 * left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ &lt; 2 AND (user or groups) AND (permissions)) AUTH
 *   ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))
 * ... WHERE ... AND ((RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL))
 * </pre>
 *
 * The {@code IN} over columns of two tables is an {@code OR} join, which a database can only evaluate by comparing
 * every row with every authorization of the user. Both rewrites below move the engine's own sub-select, with its own
 * parameters (the user, the groups, the permissions; nothing is written into the SQL as a literal), into the
 * {@code WHERE} clause in place of {@code AUTH.RESOURCE_ID_ IS NOT NULL}, and drop the join:
 *
 * <ul>
 *   <li>{@link #hashed} for the task list and count, which run over every open task of a region: three uncorrelated
 *       tests that the database evaluates once and probes by hash,
 *       <pre>
 * (RES.ID_ IN (SELECT .. FROM (sub-select))
 *   OR RES.PROC_DEF_ID_ IN (SELECT ID_ FROM ACT_RE_PROCDEF WHERE KEY_ IN (SELECT .. FROM (sub-select)))
 *   OR EXISTS (SELECT 1 FROM (sub-select) WHERE RESOURCE_ID_ = '*'))
 *       </pre>
 *       The definition key is reached from the task's own column (a definition's id is its primary key) rather than
 *       from the joined {@code D}, so that the whole check reads only the task row and the database applies it while
 *       scanning, before it sorts for a page.</li>
 *   <li>{@link #correlated} for the variable query, which Tasklist runs for the few tasks of a page: one
 *       {@code EXISTS} per row that the database answers from the index on the authorization's resource id,
 *       <pre>
 * EXISTS (SELECT 1 FROM (sub-select) VH_AUTH WHERE VH_AUTH.RESOURCE_ID_ IN (the same columns, '*'))
 *       </pre></li>
 * </ul>
 *
 * A row passes in both when an authorization of the sub-select has as its resource one of the join's columns or
 * {@code '*'}: the condition of the engine's join. The join also no longer multiplies rows before the engine's
 * {@code DISTINCT}.
 *
 * <p>{@link #distinctGroupIds} answers the engine's question "which groups have any authorization", asked once per
 * command, by walking the index on the group id instead of reading the whole table.
 *
 * <p>Anything else than exactly these shapes is left as the engine made it (an empty answer): slow again, never wrong.
 * {@code AuthorizationCheckSqlTest} pins the shapes of 7.24.0 and {@code AuthorizationCheckRewriteTest} compares the
 * answers with the engine's own on H2 and PostgreSQL.
 */
final class AuthorizationCheckSql {

    /** The rewritten statement and, for each of its placeholders in order, the index of the engine's parameter. */
    record Rewritten(String sql, List<Integer> parameterOrder) {

        <T> List<T> reorder(List<T> parameters) {
            List<T> reordered = new ArrayList<>(parameterOrder.size());
            for (int index : parameterOrder) {
                reordered.add(parameters.get(index));
            }
            return reordered;
        }
    }

    private static final Pattern JOIN_START = Pattern.compile(
            "(?:left|inner)\\s+join\\s*\\(\\s*(SELECT\\s+A\\.\\*\\s+FROM\\s+([\\w.]*)ACT_RU_AUTHORIZATION\\s+A\\s+WHERE\\s+A\\.TYPE_\\s*<\\s*2\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JOIN_END = Pattern.compile(
            "\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(([^()]*)\\)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TASK_TERMS = Pattern.compile("\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION = Pattern.compile("\\bAUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\b", Pattern.CASE_INSENSITIVE);
    /** Every reference to the join's alias, including the {@code AUTH1}, {@code AUTH2} of composite checks. */
    private static final Pattern ANY_AUTH_REFERENCE = Pattern.compile("\\bAUTH\\d*\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTINCT_GROUPS = Pattern.compile(
            "\\s*SELECT\\s+distinct\\s*\\(\\s*A\\.GROUP_ID_\\s*\\)\\s+FROM\\s+([\\w.]*)ACT_RU_AUTHORIZATION\\s+A\\s*", Pattern.CASE_INSENSITIVE);
    static final String ALIAS = "VH_AUTH";
    private static final String DEFINITION = "VH_DEF";

    private AuthorizationCheckSql() {
    }

    /** The engine's join and its condition, found in one statement. */
    private record Check(String sql, int joinStart, int joinEnd, String prefix, String subSelect, String terms, int conditionStart,
            int conditionEnd) {

        static Optional<Check> in(String sql) {
            Matcher start = JOIN_START.matcher(sql);
            if (!start.find()) {
                return Optional.empty();
            }
            Matcher end = JOIN_END.matcher(sql);
            if (!end.find(start.end())) {
                return Optional.empty();
            }
            String subSelect = sql.substring(start.start(1), end.start());
            if (!balanced(subSelect) || end.group(1).indexOf('?') >= 0 || JOIN_START.matcher(sql).region(end.end(), sql.length()).find()) {
                return Optional.empty();
            }
            Matcher condition = CONDITION.matcher(sql);
            if (countMatches(ANY_AUTH_REFERENCE, sql) != 2 || !condition.find(end.end())) {
                return Optional.empty();
            }
            return Optional.of(new Check(sql, start.start(), end.end(), start.group(2), subSelect, end.group(1), condition.start(),
                    condition.end()));
        }

        /** The statement without the join, with {@code replacement} (holding the sub-select {@code copies} times) for the condition. */
        Optional<Rewritten> replaceBy(String replacement, int copies) {
            String rewritten = sql.substring(0, joinStart) + " " + sql.substring(joinEnd, conditionStart) + replacement
                    + sql.substring(conditionEnd);
            int beforeJoin = placeholders(sql.substring(0, joinStart));
            int inSubSelect = placeholders(subSelect);
            int beforeCondition = placeholders(sql.substring(0, conditionStart));
            int total = placeholders(sql);
            List<Integer> order = new ArrayList<>(total + (copies - 1) * inSubSelect);
            range(order, 0, beforeJoin);
            range(order, beforeJoin + inSubSelect, beforeCondition);
            for (int copy = 0; copy < copies; copy++) {
                range(order, beforeJoin, beforeJoin + inSubSelect);
            }
            range(order, beforeCondition, total);
            if (placeholders(rewritten) != order.size()) {
                return Optional.empty();
            }
            return Optional.of(new Rewritten(rewritten, List.copyOf(order)));
        }
    }

    /** The task query's check as three uncorrelated, hashable tests; empty unless the join is on the task, its key and '*'. */
    static Optional<Rewritten> hashed(String sql) {
        return Check.in(sql).filter(check -> TASK_TERMS.matcher(check.terms()).matches()).flatMap(check -> {
            String sub = check.subSelect();
            String replacement = "(RES.ID_ IN (SELECT " + ALIAS + ".RESOURCE_ID_ FROM (" + sub + ") " + ALIAS + ")"
                    + " OR RES.PROC_DEF_ID_ IN (SELECT " + DEFINITION + ".ID_ FROM " + check.prefix() + "ACT_RE_PROCDEF " + DEFINITION
                    + " WHERE " + DEFINITION + ".KEY_ IN (SELECT " + ALIAS + ".RESOURCE_ID_ FROM (" + sub + ") " + ALIAS + "))"
                    + " OR EXISTS (SELECT 1 FROM (" + sub + ") " + ALIAS + " WHERE " + ALIAS + ".RESOURCE_ID_ = '*'))";
            return check.replaceBy(replacement, 3);
        });
    }

    /** Any query's check as one correlated {@code EXISTS} over the join's own columns. */
    static Optional<Rewritten> correlated(String sql) {
        return Check.in(sql).flatMap(check -> check.replaceBy("EXISTS (SELECT 1 FROM (" + check.subSelect() + ") " + ALIAS + " WHERE "
                + ALIAS + ".RESOURCE_ID_ IN (" + check.terms().trim() + "))", 1));
    }

    /**
     * The group ids that have an authorization, read as a walk over the index on the group id (one probe per group)
     * rather than a scan of every authorization; {@code NULL} (user authorizations) is left out, which the engine drops
     * from the answer anyway. Empty unless the statement is the engine's {@code selectAuthorizedGroupIds}.
     */
    static Optional<Rewritten> distinctGroupIds(String sql) {
        Matcher matcher = DISTINCT_GROUPS.matcher(sql);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String table = matcher.group(1) + "ACT_RU_AUTHORIZATION";
        return Optional.of(new Rewritten("WITH RECURSIVE VH_GROUPS (GROUP_ID_) AS (SELECT MIN(GROUP_ID_) FROM " + table
                + " UNION ALL SELECT (SELECT MIN(A.GROUP_ID_) FROM " + table + " A WHERE A.GROUP_ID_ > VH_GROUPS.GROUP_ID_) FROM VH_GROUPS"
                + " WHERE VH_GROUPS.GROUP_ID_ IS NOT NULL) SELECT GROUP_ID_ FROM VH_GROUPS WHERE GROUP_ID_ IS NOT NULL", List.of()));
    }

    private static void range(List<Integer> order, int from, int to) {
        for (int i = from; i < to; i++) {
            order.add(i);
        }
    }

    /** The JDBC placeholders of a statement, outside string literals. */
    static int placeholders(String sql) {
        int count = 0;
        boolean inLiteral = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            } else if (c == '?' && !inLiteral) {
                count++;
            }
        }
        return count;
    }

    private static boolean balanced(String sql) {
        int depth = 0;
        boolean inLiteral = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            } else if (!inLiteral && c == '(') {
                depth++;
            } else if (!inLiteral && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && !inLiteral;
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
