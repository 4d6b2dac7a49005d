package nl.veiligheidshuis.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Multiplies the cases {@link CaseLoad} generated through the engine: copy {@code k} repeats every row the engine and
 * the application wrote for the template cases (executions, tasks, identity links, variables, timer jobs, task
 * authorizations and involvement grants, case files and involvements) with new ids (the old id plus {@code -c<k>}),
 * a new case number in the task name, business key and variables, and the new case id. Runtime rows only: the copies
 * have no history rows, which no inbox query reads. PostgreSQL SQL; one transaction per copy, and a copy that exists
 * is skipped.
 * <p>
 * Why: through the engine this machine makes two to ten cases a second when other builds share its two cores, which
 * is hours for 20,000; a copy of 1,100 cases takes seconds. Copies change nothing the queries depend on: tenant,
 * candidate groups, authorizations and the mix of phases and partners stay those of the templates.
 */
final class CaseCopies {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    CaseCopies(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Makes copies 1..copies-1 of the template cases 0..templates-1 (copy 0 is the templates themselves). */
    int ensure(int templates, int copies) {
        int made = 0;
        for (int k = 1; k < copies; k++) {
            String first = CaseLoad.CASE_NUMBER_PREFIX + String.format("%06d", k * templates);
            if (jdbc.queryForObject("select count(*) from vh_case where case_number = ?", Long.class, first) > 0) {
                continue;
            }
            int copy = k;
            transactions.executeWithoutResult(status -> copy(templates, copy));
            made++;
        }
        return made;
    }

    private void copy(int templates, int k) {
        String suffix = "'-c" + k + "'";
        String last = CaseLoad.CASE_NUMBER_PREFIX + String.format("%06d", templates - 1);
        jdbc.execute("drop table if exists bm_template");
        jdbc.execute("create temporary table bm_template on commit drop as select id as case_id, case_number, process_instance_id as pi, "
                + "'" + CaseLoad.CASE_NUMBER_PREFIX + "' || lpad((" + k * templates + " + right(case_number, 6)::int)::text, 6, '0') as new_number "
                + "from vh_case where case_number like '" + CaseLoad.CASE_NUMBER_PREFIX + "%' and case_number <= '" + last + "'");
        jdbc.execute("create index on bm_template (pi)");
        jdbc.execute("analyze bm_template");

        copyRows("vh_case", Map.of("id", SKIP, "case_number", "t.new_number", "process_instance_id", "r.process_instance_id || " + suffix),
                "join bm_template t on t.case_id = r.id");
        jdbc.execute("alter table bm_template add column new_case_id bigint");
        jdbc.execute("update bm_template t set new_case_id = c.id from vh_case c where c.case_number = t.new_number");
        copyRows("vh_case_involvement", Map.of("id", SKIP, "case_id", "t.new_case_id"), "join bm_template t on t.case_id = r.case_id");

        copyRows("act_ru_execution", ids(suffix, "id_", "root_proc_inst_id_", "proc_inst_id_", "parent_id_", "super_exec_",
                // activity instance ids ("UserTask_X:<uuid>") can be 64 long: the copy number replaces the uuid's node part
                "act_inst_id_", "case when r.act_inst_id_ is null then null else left(r.act_inst_id_, length(r.act_inst_id_) - 12) || lpad('" + k + "', 12, 'c') end",
                "business_key_", "t.new_number"), "join bm_template t on t.pi = r.proc_inst_id_");
        copyRows("act_ru_task", ids(suffix, "id_", "execution_id_", "proc_inst_id_", "name_", "replace(r.name_, t.case_number, t.new_number)"),
                "join bm_template t on t.pi = r.proc_inst_id_");
        copyRows("act_ru_identitylink", ids(suffix, "id_", "task_id_"),
                "join act_ru_task k on k.id_ = r.task_id_ join bm_template t on t.pi = k.proc_inst_id_");
        copyRows("act_ru_variable", ids(suffix, "id_", "execution_id_", "proc_inst_id_", "task_id_", "var_scope_",
                "text_", "case when r.name_ = 'caseNumber' then t.new_number else r.text_ end",
                "long_", "case when r.name_ = 'caseId' then t.new_case_id else r.long_ end"),
                "join bm_template t on t.pi = r.proc_inst_id_");
        copyRows("act_ru_job", ids(suffix, "id_", "execution_id_", "root_proc_inst_id_", "process_instance_id_"),
                "join bm_template t on t.pi = r.process_instance_id_");
        // task authorizations the engine gave the candidate groups, and the involvement grants on the case's instance
        copyRows("act_ru_authorization", ids(suffix, "id_", "resource_id_", "root_proc_inst_id_"),
                "where r.resource_type_ = 7 and r.resource_id_ in (select k.id_ from act_ru_task k join bm_template t on t.pi = k.proc_inst_id_)");
        copyRows("act_ru_authorization", ids(suffix, "id_", "resource_id_", "root_proc_inst_id_"),
                "where r.resource_type_ = 8 and r.resource_id_ in (select pi from bm_template)");
    }

    private static final String SKIP = "";

    /** Column overrides: each id column gets the copy's suffix; a pair "column", "expression" (expression with "t." or "r.") sets a value. */
    private static Map<String, String> ids(String suffix, String... columnsAndExpressions) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndExpressions.length; i++) {
            String column = columnsAndExpressions[i];
            if (i + 1 < columnsAndExpressions.length && isExpression(columnsAndExpressions[i + 1])) {
                overrides.put(column, columnsAndExpressions[++i]);
            } else {
                overrides.put(column, "r." + column + " || " + suffix);
            }
        }
        return overrides;
    }

    private static boolean isExpression(String value) {
        return value.startsWith("t.") || value.startsWith("r.") || value.startsWith("replace(") || value.startsWith("case ");
    }

    private void copyRows(String table, Map<String, String> overrides, String from) {
        List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema() "
                + "and table_name = ? order by ordinal_position", String.class, table).stream()
                .filter(column -> !SKIP.equals(overrides.get(column))).toList();
        String target = String.join(", ", columns);
        String values = columns.stream().map(column -> overrides.getOrDefault(column, "r." + column)).collect(Collectors.joining(", "));
        jdbc.execute("insert into " + table + " (" + target + ") select " + values + " from " + table + " r " + from);
    }
}
