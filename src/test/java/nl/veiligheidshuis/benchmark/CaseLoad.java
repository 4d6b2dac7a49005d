package nl.veiligheidshuis.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.veiligheidshuis.casefile.CaseFile;
import nl.veiligheidshuis.casefile.CaseFileRepository;
import nl.veiligheidshuis.casefile.CasePhase;
import nl.veiligheidshuis.casefile.CaseType;
import nl.veiligheidshuis.casefile.CaseVariables;
import nl.veiligheidshuis.casefile.Involvement;
import nl.veiligheidshuis.casefile.Involvements;
import nl.veiligheidshuis.conference.ConferenceProcess;
import nl.veiligheidshuis.monitoring.PlanMonitoringProcess;
import nl.veiligheidshuis.plan.ActionPlanProcess;
import nl.veiligheidshuis.screening.CaseScreeningProcess;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates open cases the way the running application leaves them, fast enough for 20,000 cases on two cores.
 * <p>
 * Per case, in one transaction with nine other cases: the case file row ({@link CaseFile}, through its repository),
 * an instance of the real model of the case's phase started at the phase's user task (process instance modification:
 * the engine itself creates the tasks, candidate-group identity links, task authorizations, boundary timers and the
 * tenant from the {@code region} variable through {@code RegionTenantIdProvider}), and the involvement of every partner
 * through {@link Involvements#involve}, whose event makes {@code EngineInvolvementGrants} grant the partner READ on the
 * case's instance, exactly as in the application.
 * <p>
 * What is skipped: the steps before the phase (intake, screening, the conference's choices), so the instance is the
 * phase's process started as root instead of called by {@code case-lifecycle}, and the phase tables (conference,
 * plan, agreements) are not filled. None of that is read by the Tasklist task query, which reads tasks, their
 * authorizations and tenant, and process definitions.
 * <p>
 * Deterministic: case {@code n} always gets the same region, phase and partners (seeded per case), and cases that
 * exist already are skipped, so an interrupted generation resumes.
 */
final class CaseLoad {

    /** Benchmark cases carry numbers of a year the application does not give out here. */
    static final String CASE_NUMBER_PREFIX = "VH-2025-";
    static final String BIG_REGION = "utrecht";
    static final List<String> OTHER_REGIONS = List.of("rotterdam-rijnmond", "zuid-limburg");

    private static final Logger LOG = LoggerFactory.getLogger(CaseLoad.class);
    private static final int CASES_PER_TRANSACTION = 10;

    /** Who refers (weights): the police refers most, then municipality, probation and care. */
    private static final Map<String, Integer> REFERRERS = weights("politie", 30, "gemeente", 12, "reclassering", 12, "jeugdzorg", 10,
            "ggz", 10, "om", 8, "rvdk", 4, "leerplicht", 4, "woningcorporatie", 4, "maatschappelijk-werk", 3, "dji", 1,
            "gehandicaptenzorg", 1, "uwv", 1);
    /** How often partner-selection brings a partner to the conference (percent); the municipality always takes part. */
    private static final Map<String, Integer> CONFERENCE_CHANCE = weights("politie", 60, "ggz", 40, "om", 35, "reclassering", 35,
            "jeugdzorg", 30, "woningcorporatie", 20, "maatschappelijk-werk", 20, "rvdk", 15, "leerplicht", 12, "gehandicaptenzorg", 10,
            "dji", 8, "uwv", 8);

    enum Phase {
        SCREENING, CONFERENCE, PLAN, MONITORING
    }

    /** One generated case: region, phase, referrer, conference participants and the partner of each agreement. */
    record Shape(int index, String region, Phase phase, String referrer, List<String> participants, List<String> agreementPartners) {

        String caseNumber() {
            return CASE_NUMBER_PREFIX + String.format("%06d", index);
        }

        List<String> planPartners() {
            return agreementPartners.stream().distinct().toList();
        }
    }

    private final CaseFileRepository cases;
    private final Involvements involvements;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;

    CaseLoad(CaseFileRepository cases, Involvements involvements, RuntimeService runtimeService, TransactionTemplate transactions,
            JdbcTemplate jdbc) {
        this.cases = cases;
        this.involvements = involvements;
        this.runtimeService = runtimeService;
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    /** The shape of case {@code index}: the first {@code bigRegionCases} in the big region, the rest spread over the others. */
    static Shape shape(int index, int bigRegionCases) {
        Random random = new Random(7919L * index + 17);
        String region = index < bigRegionCases ? BIG_REGION : OTHER_REGIONS.get(index % OTHER_REGIONS.size());
        int roll = random.nextInt(100);
        // open cases of a big region: most are being followed (monitoring lasts months), fewer wait for screening
        Phase phase = roll < 10 ? Phase.SCREENING : roll < 25 ? Phase.CONFERENCE : roll < 35 ? Phase.PLAN : Phase.MONITORING;
        String referrer = pick(REFERRERS, random);
        Set<String> participants = new LinkedHashSet<>(List.of("gemeente", referrer));
        CONFERENCE_CHANCE.forEach((partner, chance) -> {
            if (random.nextInt(100) < chance) {
                participants.add(partner);
            }
        });
        List<String> agreementPartners = new ArrayList<>();
        if (phase == Phase.PLAN || phase == Phase.MONITORING) {
            List<String> holders = new ArrayList<>(participants);
            int agreements = 2 + random.nextInt(7); // up to eight agreements per plan
            for (int i = 0; i < agreements; i++) {
                agreementPartners.add(i < holders.size() && i < 2 ? holders.get(i) : holders.get(random.nextInt(holders.size())));
            }
        }
        return new Shape(index, region, phase, referrer, phase == Phase.SCREENING ? List.of() : List.copyOf(participants),
                List.copyOf(agreementPartners));
    }

    /** Makes sure cases 0..total-1 exist; answers how many were created now. */
    int ensure(int bigRegionCases, int total, int threads) throws Exception {
        Set<String> existing = new HashSet<>(jdbc.queryForList("select case_number from vh_case where case_number like ?", String.class,
                CASE_NUMBER_PREFIX + "%"));
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            if (!existing.contains(shape(i, bigRegionCases).caseNumber())) {
                missing.add(i);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        LOG.info("Generating {} benchmark cases with {} threads", missing.size(), threads);
        Instant start = Instant.now();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int from = 0; from < missing.size(); from += CASES_PER_TRANSACTION) {
                List<Integer> batch = missing.subList(from, Math.min(from + CASES_PER_TRANSACTION, missing.size()));
                work.add(pool.submit(() -> {
                    transactions.executeWithoutResult(status -> batch.forEach(i -> create(shape(i, bigRegionCases))));
                    int now = done.addAndGet(batch.size());
                    if (now % 1000 < CASES_PER_TRANSACTION) {
                        LOG.info("{} of {} cases after {} s", now, missing.size(), Duration.between(start, Instant.now()).toSeconds());
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return missing.size();
    }

    private void create(Shape shape) {
        Instant now = Instant.now();
        CaseFile caseFile = new CaseFile(shape.caseNumber(), shape.region(), CaseType.PERSON, "PARTNER", shape.referrer(),
                now.minus(30 + shape.index() % 300, ChronoUnit.DAYS));
        caseFile.recordTriage("COMPLEX", null, "Voldoet aan de vier criteria", shape.index() % 5 == 0 ? "HIGH" : "NORMAL",
                now.plus(5, ChronoUnit.DAYS));
        if (shape.phase() != Phase.SCREENING) {
            caseFile.accept();
            caseFile.enterPhase(CasePhase.valueOf(shape.phase().name()));
        }
        CaseFile saved = cases.save(caseFile);
        Long caseId = saved.getId();
        ProcessInstance instance = start(shape, caseId, now);
        saved.attachProcess(instance.getId());
        cases.save(saved);
        involvements.involve(caseId, shape.referrer(), Involvement.Reason.REFERRER);
        shape.participants().forEach(partner -> involvements.involve(caseId, partner, Involvement.Reason.SELECTED));
        shape.planPartners().forEach(partner -> involvements.involve(caseId, partner, Involvement.Reason.AGREEMENT));
    }

    /** The instance of the phase's real model, started at its user task(s) with the variables the earlier steps leave. */
    private ProcessInstance start(Shape shape, Long caseId, Instant now) {
        Map<String, Object> variables = caseVariables(shape, caseId);
        Random random = new Random(shape.index());
        switch (shape.phase()) {
            case SCREENING -> {
                variables.put(CaseVariables.SCREENING_DUE_DATE, Date.from(now.plus(2 + random.nextInt(8), ChronoUnit.DAYS)));
                return builder(CaseScreeningProcess.KEY, shape, variables).startBeforeActivity(CaseScreeningProcess.USER_TASK_SCREEN_CASE)
                        .execute();
            }
            case CONFERENCE -> {
                Instant due = now.plus(4 + random.nextInt(14), ChronoUnit.DAYS);
                variables.put(ConferenceProcess.CONFERENCE_AT, Date.from(due.plus(1, ChronoUnit.DAYS)));
                variables.put(ConferenceProcess.PREPARATION_DUE, Date.from(due));
                variables.put(ConferenceProcess.PREPARATION_REMINDER_AT, Date.from(due.minus(2, ChronoUnit.DAYS)));
                ProcessInstantiationBuilder builder = builder(ConferenceProcess.KEY, shape, variables);
                shape.participants().forEach(partner -> builder.startBeforeActivity(ConferenceProcess.USER_TASK_PREPARE_CONFERENCE)
                        .setVariableLocal(ConferenceProcess.PARTNER, partner));
                return builder.execute();
            }
            case PLAN -> {
                variables.put(PlanMonitoringProcess.PLAN_VERSION, 1);
                ProcessInstantiationBuilder builder = builder(ActionPlanProcess.KEY, shape, variables);
                shape.planPartners().forEach(partner -> builder.startBeforeActivity(ActionPlanProcess.USER_TASK_CONFIRM_AGREEMENTS)
                        .setVariableLocal(ActionPlanProcess.PLAN_PARTNER, partner));
                return builder.execute();
            }
            default -> {
                variables.put(PlanMonitoringProcess.PLAN_VERSION, 1);
                ProcessInstantiationBuilder builder = builder(PlanMonitoringProcess.KEY, shape, variables);
                for (int i = 0; i < shape.agreementPartners().size(); i++) {
                    Instant due = now.plus(7 + random.nextInt(170), ChronoUnit.DAYS);
                    builder.startBeforeActivity(PlanMonitoringProcess.USER_TASK_REPORT_AGREEMENT)
                            .setVariableLocal(PlanMonitoringProcess.AGREEMENT_KEY, "A" + (i + 1))
                            .setVariableLocal(PlanMonitoringProcess.AGREEMENT_PARTNER, shape.agreementPartners().get(i))
                            .setVariableLocal(PlanMonitoringProcess.AGREEMENT_DUE_DATE, Date.from(due))
                            .setVariableLocal(PlanMonitoringProcess.AGREEMENT_REMINDER_DATE, Date.from(due.minus(7, ChronoUnit.DAYS)))
                            .setVariableLocal(PlanMonitoringProcess.AGREEMENT_ESCALATION_DATE, Date.from(due.plus(14, ChronoUnit.DAYS)));
                }
                return builder.execute();
            }
        }
    }

    private ProcessInstantiationBuilder builder(String key, Shape shape, Map<String, Object> variables) {
        return runtimeService.createProcessInstanceByKey(key).businessKey(shape.caseNumber()).setVariables(variables);
    }

    /** What case-lifecycle passes down to every phase ("all" variables): ids, region and decision inputs and outcomes. */
    private static Map<String, Object> caseVariables(Shape shape, Long caseId) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, caseId);
        variables.put(CaseVariables.CASE_NUMBER, shape.caseNumber());
        variables.put(CaseVariables.REGION, shape.region());
        variables.put(CaseVariables.REGION_NAME, regionName(shape.region()));
        variables.put(CaseVariables.REFERRING_PARTNER, shape.referrer());
        variables.put(CaseVariables.CASE_TYPE, "PERSON");
        variables.put(CaseVariables.ROUTE, "PARTNER");
        variables.put(CaseVariables.LIFE_DOMAIN_COUNT, 3 + shape.index() % 4);
        variables.put(CaseVariables.CRIMINAL_OR_NUISANCE_RISK, true);
        variables.put(CaseVariables.CHAINS_NEEDED, 2 + shape.index() % 3);
        variables.put(CaseVariables.COERCION_OR_PRESSURE_NEEDED, shape.index() % 2 == 0);
        variables.put(CaseVariables.SINGLE_CHAIN_SOLVABLE, false);
        variables.put(CaseVariables.PROVEN_STANDARD_APPROACH, false);
        variables.put(CaseVariables.ACUTE_SAFETY_RISK, shape.index() % 5 == 0);
        variables.put(CaseVariables.MINOR_INVOLVED, shape.index() % 3 == 0);
        variables.put(CaseVariables.COMPLEXITY_OUTCOME, "COMPLEX");
        variables.put(CaseVariables.PRIORITY, shape.index() % 5 == 0 ? "HIGH" : "NORMAL");
        variables.put(CaseVariables.TASK_PRIORITY, shape.index() % 5 == 0 ? 75 : 50);
        if (shape.phase() == Phase.PLAN || shape.phase() == Phase.MONITORING) {
            String director = shape.participants().get(shape.index() % shape.participants().size());
            variables.put(PlanMonitoringProcess.CASE_DIRECTOR_PARTNER, director);
            variables.put(PlanMonitoringProcess.CASE_DIRECTOR_USER, director + "." + shape.region());
        }
        return variables;
    }

    private static String regionName(String region) {
        return switch (region) {
            case "utrecht" -> "Utrecht";
            case "rotterdam-rijnmond" -> "Rotterdam-Rijnmond";
            case "zuid-limburg" -> "Zuid-Limburg";
            default -> region;
        };
    }

    private static String pick(Map<String, Integer> weights, Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights");
    }

    private static Map<String, Integer> weights(Object... pairs) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            weights.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return weights;
    }
}
