package nl.veiligheidshuis.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.veiligheidshuis.support.IntegrationTest;
import nl.veiligheidshuis.support.Jobs;
import nl.veiligheidshuis.support.Referrals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A region that keeps closed cases for zero years: the next retention run destroys a closed case, and the engine's
 * history cleanup then leaves no history row of any of its process instances; the application keeps only the
 * tombstone, the destruction record and the access log (which has its own term).
 */
@IntegrationTest
class ZeroRetentionTest {

    static final String REGION = "zuid-limburg";

    /** Every history table of the engine, with the columns that tie a row to a process instance. */
    static final Map<String, List<String>> HISTORY = new LinkedHashMap<>();

    static {
        HISTORY.put("act_hi_procinst", List.of("id_", "proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_actinst", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_taskinst", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_varinst", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_detail", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_identitylink", List.of("root_proc_inst_id_"));
        HISTORY.put("act_hi_incident", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_job_log", List.of("process_instance_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_op_log", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_decinst", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_dec_in", List.of("root_proc_inst_id_"));
        HISTORY.put("act_hi_dec_out", List.of("root_proc_inst_id_"));
        HISTORY.put("act_hi_ext_task_log", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_comment", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_hi_attachment", List.of("proc_inst_id_", "root_proc_inst_id_"));
        HISTORY.put("act_ge_bytearray", List.of("root_proc_inst_id_"));
    }

    /** What the application keeps of a destroyed case: the tombstone, the destruction record, the access log (own 5-year term). */
    static final Set<String> KEPT = Set.of("vh_case", "vh_destruction_record", "vh_access_log");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    Retention retention;

    @Autowired
    DestructionRecordRepository destructionRecords;

    PrivacyFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PrivacyFixtures(port, jdbc, managementService);
    }

    @Test
    void aClosedCaseWithZeroRetentionLeavesNoHistoryRowsAndADestructionRecord() {
        Map<String, Object> referral = Referrals.complexYouthCase(REGION, "politie", "ZSM");
        String family = (String) Referrals.subject(referral, 0).get("familyName");
        String bsn = (String) Referrals.subject(referral, 0).get("bsn");
        String caseNumber = fixtures.refer("politie." + REGION, referral);
        fixtures.withdraw("politie." + REGION, caseNumber);
        long caseId = fixtures.caseId(caseNumber);
        Set<String> instances = instancesOf(caseNumber);
        Map<String, Long> before = historyRows(instances);
        assertThat(before).as("the case has engine history").allSatisfy((table, rows) -> {
            if (Set.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail", "act_hi_identitylink",
                    "act_hi_job_log", "act_hi_op_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out").contains(table)) {
                assertThat(rows).as(table).isPositive();
            }
        });

        jdbc.update("update vh_retention_term set years = 0 where region_id = ?", REGION);
        Retention.Run run;
        try {
            run = retention.destroyDueCases();
        } finally {
            jdbc.update("update vh_retention_term set years = 5 where region_id = ?", REGION);
        }
        assertThat(run.destroyed()).as("failed: " + run.failed()).contains(caseNumber);
        // the removal time batch, then the engine's history cleanup, for real
        Jobs.executeAll(managementService);
        historyService.cleanUpHistoryAsync(true);
        Jobs.executeAll(managementService);

        assertThat(historyRows(instances)).as("history rows of " + instances + " (before: " + before + ")")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_op_log where org_value_ like ? or new_value_ like ?", Long.class,
                "%" + caseNumber + "%", "%" + caseNumber + "%")).as("no operation log names the case").isZero();

        // the application keeps the tombstone, the destruction record and the access log only
        assertThat(applicationRows(caseId, caseNumber)).allSatisfy((table, rows) -> {
            if (!KEPT.contains(table)) {
                assertThat(rows).as(table).isZero();
            }
        });
        Map<String, Object> tombstone = jdbc.queryForMap("select area_name, area_municipality, area_theme, complexity_rationale, "
                + "screening_override_reason, other_region_hit, close_reason from vh_case where id = ?", caseId);
        tombstone.forEach((column, value) -> {
            if (column.equalsIgnoreCase("close_reason")) {
                assertThat(value).isEqualTo("INGETROKKEN");
            } else {
                assertThat(value).as(column).isNull();
            }
        });

        DestructionRecord record = destructionRecords.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(record.getTermYears()).isZero();
        assertThat(record.getRegionId()).isEqualTo(REGION);
        assertThat(record.getWhat()).contains("vh_case_subject: 2 rijen", "vh_case: 1 rij (grafsteen").doesNotContain(family)
                .doesNotContain(bsn).doesNotContain("Sem").doesNotContain("Spanje");
    }

    /** The case's process instances: those with the case number as business key, and everything below them. */
    private Set<String> instancesOf(String caseNumber) {
        Set<String> roots = new LinkedHashSet<>(jdbc.queryForList("select id_ from act_hi_procinst where business_key_ = ?", String.class, caseNumber));
        assertThat(roots).isNotEmpty();
        Set<String> all = new LinkedHashSet<>(roots);
        all.addAll(named.queryForList("select id_ from act_hi_procinst where root_proc_inst_id_ in (:ids) or super_process_instance_id_ in (:ids)",
                Map.of("ids", roots), String.class));
        return all;
    }

    private Map<String, Long> historyRows(Set<String> instances) {
        Map<String, Long> rows = new LinkedHashMap<>();
        HISTORY.forEach((table, columns) -> rows.put(table, named.queryForObject("select count(*) from " + table + " where "
                + String.join(" or ", columns.stream().map(c -> c + " in (:ids)").toList()), Map.of("ids", instances), Long.class)));
        return rows;
    }

    /** Rows of the case in every application table that has a case_id or case_number column. */
    private Map<String, Long> applicationRows(long caseId, String caseNumber) {
        Map<String, Long> rows = new LinkedHashMap<>();
        jdbc.query("""
                select lower(table_name), lower(column_name) from information_schema.columns
                where lower(table_schema) = 'public' and lower(table_name) like 'vh%' and lower(column_name) in ('case_id', 'case_number')""",
                rs -> {
                    String table = rs.getString(1);
                    boolean byId = rs.getString(2).equals("case_id");
                    long count = jdbc.queryForObject("select count(*) from " + table + " where " + rs.getString(2) + " = ?", Long.class,
                            byId ? caseId : caseNumber);
                    rows.merge(table, count, Long::sum);
                });
        assertThat(rows).containsKeys("vh_case_subject", "vh_referral", "vh_case");
        return rows;
    }
}
