package nl.veiligheidshuis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.veiligheidshuis.support.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rewritten authorization checks ({@link AuthorizationCheckSql}) let through exactly the tasks and variables the
 * engine's own checks let through. Every query below runs twice as each reader, with the rewrites and without them,
 * and both answers must be equal; the readers are chosen so that each way to be allowed (a group or user grant on the
 * task, a grant on the process instance, on the definition key, a wildcard grant) and each way to be refused (another
 * group, another tenant, no grant) occurs, so a rewrite that loses or adds a row fails here. The groups-with-
 * authorizations lookup is rewritten in every one of these calls: a wrong answer there would hide group grants. Runs
 * on H2 and on PostgreSQL.
 */
@IntegrationTest
class AuthorizationCheckRewriteTest {

    private static final String KEY_A = "equivalenceProcessA";
    private static final String KEY_B = "equivalenceProcessB";
    private static final String GROUP_A = "eq-groep-a";
    private static final String GROUP_B = "eq-groep-b";
    private static final String TENANT_1 = "utrecht";
    private static final String TENANT_2 = "rotterdam-rijnmond";

    @Autowired
    AuthorizationCheckInterceptor interceptor;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    private final List<String> deployments = new ArrayList<>();
    private final List<String> standaloneTasks = new ArrayList<>();
    private final List<String> grants = new ArrayList<>();

    @BeforeEach
    void tasksInTwoTenantsForTwoGroups() {
        deploy(KEY_A, TENANT_1);
        deploy(KEY_A, TENANT_2);
        deploy(KEY_B, TENANT_1);
        for (int i = 0; i < 3; i++) {
            start(KEY_A, TENANT_1, GROUP_A, "dossier-a1-" + i, i);
            start(KEY_A, TENANT_2, GROUP_A, "dossier-a2-" + i, i);
            start(KEY_B, TENANT_1, GROUP_B, "dossier-b1-" + i, i);
        }
        Task assigned = taskService.createTaskQuery().processInstanceBusinessKey("dossier-b1-0").singleResult();
        taskService.setAssignee(assigned.getId(), "eq-lid-a");
        standalone("Losse taak utrecht", TENANT_1);
        standalone("Losse taak zonder regio", null);
        Task single = taskService.createTaskQuery().processInstanceBusinessKey("dossier-b1-1").singleResult();
        grant(userGrant("eq-enkel", Resources.TASK, single.getId(), Permissions.READ));
        grant(userGrant("eq-definitie", Resources.PROCESS_DEFINITION, KEY_B, ProcessDefinitionPermissions.READ_TASK));
        grant(userGrant("eq-alles", Resources.TASK, Authorization.ANY, Permissions.READ));
        grant(userGrant("eq-alle-definities", Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ_TASK));
        grant(userGrant("eq-lid-a", Resources.TASK, standaloneTasks.get(0), Permissions.READ));
        Task first = taskService.createTaskQuery().processInstanceBusinessKey("dossier-a1-0").singleResult();
        taskService.setVariableLocal(first.getId(), "notitie", "alleen voor deze taak");
        grant(userGrant("eq-lid-a", Resources.PROCESS_INSTANCE, first.getProcessInstanceId(), Permissions.READ));
        grant(userGrant("eq-instanties", Resources.PROCESS_DEFINITION, KEY_A, ProcessDefinitionPermissions.READ_INSTANCE));
    }

    @AfterEach
    void cleanUp() {
        interceptor.setEnabled(true);
        identityService.clearAuthentication();
        grants.forEach(authorizationService::deleteAuthorization);
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        standaloneTasks.forEach(id -> taskService.deleteTask(id, true));
    }

    @Test
    void everyReaderSeesTheSameTasksWithTheRewriteAsWithTheEnginesOwnCheck() {
        Map<String, Reader> readers = new LinkedHashMap<>();
        readers.put("group A in Utrecht", new Reader("eq-lid-a", List.of(GROUP_A), List.of(TENANT_1)));
        readers.put("group A in both regions", new Reader("eq-lid-a", List.of(GROUP_A), List.of(TENANT_1, TENANT_2)));
        readers.put("groups A and B in Utrecht", new Reader("eq-lid-ab", List.of(GROUP_A, GROUP_B), List.of(TENANT_1)));
        readers.put("group B in Rotterdam only", new Reader("eq-lid-b", List.of(GROUP_B), List.of(TENANT_2)));
        readers.put("no group, one task granted", new Reader("eq-enkel", List.of(), List.of(TENANT_1)));
        readers.put("no group, a definition key granted", new Reader("eq-definitie", List.of(), List.of(TENANT_1)));
        readers.put("no group, every task granted", new Reader("eq-alles", List.of(), List.of(TENANT_1)));
        readers.put("no group, every definition granted", new Reader("eq-alle-definities", List.of(), List.of(TENANT_1, TENANT_2)));
        readers.put("no group, instances of a definition granted", new Reader("eq-instanties", List.of(), List.of(TENANT_1, TENANT_2)));
        readers.put("a stranger", new Reader("eq-vreemde", List.of("eq-groep-zonder-taken"), List.of(TENANT_1, TENANT_2)));

        Map<String, Function<TaskQuery, Object>> queries = new LinkedHashMap<>();
        queries.put("all, by id", q -> ids(q.orderByTaskId().asc().listPage(0, 500)));
        queries.put("count", TaskQuery::count);
        queries.put("first page as Tasklist sorts", q -> ids(q.active().orderByTaskCreateTime().desc().orderByTaskId().asc().listPage(0, 4)));
        queries.put("second page by due date", q -> ids(q.orderByDueDate().asc().orderByTaskId().asc().listPage(2, 3)));
        queries.put("candidate group A", q -> ids(q.taskCandidateGroup(GROUP_A).orderByTaskId().asc().listPage(0, 500)));
        queries.put("candidate groups with assigned", q -> ids(q.taskCandidateGroupIn(List.of(GROUP_A, GROUP_B)).includeAssignedTasks()
                .orderByTaskId().asc().listPage(0, 500)));
        queries.put("assignee", q -> ids(q.taskAssignee("eq-lid-a").listPage(0, 500)));
        queries.put("definition key", q -> q.processDefinitionKey(KEY_B).count());
        queries.put("or: name or assignee", q -> ids(q.or().taskNameLike("Losse%").taskAssignee("eq-lid-a").endOr().orderByTaskId().asc().listPage(0, 500)));
        queries.put("process variable", q -> ids(q.processVariableValueEquals("volgnummer", 1).orderByTaskId().asc().listPage(0, 500)));
        queries.put("without tenant", q -> q.withoutTenantId().count());
        queries.put("variables of the tasks of a page, as Tasklist reads them", q -> variables(runtimeService.createVariableInstanceQuery()
                .taskIdIn(allTaskIds()).orderByVariableName().asc()));
        queries.put("variables of the process instances", q -> variables(runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(allInstanceIds()).variableNameIn("volgnummer", "groep", "notitie").orderByVariableName().asc()));
        queries.put("variable count", q -> runtimeService.createVariableInstanceQuery().processInstanceIdIn(allInstanceIds()).count());

        int differences = 0;
        List<String> report = new ArrayList<>();
        long visibleSomewhere = 0;
        long variablesSomewhere = 0;
        for (Map.Entry<String, Reader> reader : readers.entrySet()) {
            for (Map.Entry<String, Function<TaskQuery, Object>> query : queries.entrySet()) {
                String statement = query.getKey().startsWith("variable") ? "VariableInstanceEntity.selectVariableInstance"
                        : "TaskEntity.selectTask";
                long before = interceptor.rewrittenCount(statement + "ByQueryCriteria") + interceptor.rewrittenCount(statement + "CountByQueryCriteria");
                long groupsBefore = interceptor.rewrittenCount("selectAuthorizedGroupIds");
                Object rewritten = run(reader.getValue(), query.getValue(), true);
                assertThat(interceptor.rewrittenCount(statement + "ByQueryCriteria") + interceptor.rewrittenCount(statement + "CountByQueryCriteria"))
                        .as("the rewrite is used for " + query.getKey()).isGreaterThan(before);
                if (!reader.getValue().groups().isEmpty()) {
                    assertThat(interceptor.rewrittenCount("selectAuthorizedGroupIds")).isGreaterThan(groupsBefore);
                }
                Object engine = run(reader.getValue(), query.getValue(), false);
                if (!rewritten.equals(engine)) {
                    differences++;
                    report.add(reader.getKey() + " / " + query.getKey() + ": rewrite " + rewritten + ", engine " + engine);
                }
                if (query.getKey().equals("count")) {
                    visibleSomewhere += (Long) engine;
                }
                if (query.getKey().equals("variable count")) {
                    variablesSomewhere += (Long) engine;
                }
            }
        }
        assertThat(report).as("%d differences", differences).isEmpty();
        assertThat(visibleSomewhere).as("the readers see some tasks at all").isPositive();
        assertThat(variablesSomewhere).as("and some variables").isPositive();
    }

    @Test
    void eachReaderSeesWhatItsGrantsAllowAndNothingElse() {
        assertThat(countAs(new Reader("eq-lid-a", List.of(GROUP_A), List.of(TENANT_1)))).as("three of group A in Utrecht, the standalone "
                + "task granted to the user, the task of group B assigned to the user (the engine grants the assignee)").isEqualTo(5);
        assertThat(countAs(new Reader("eq-lid-a", List.of(GROUP_A), List.of(TENANT_1, TENANT_2)))).isEqualTo(8);
        assertThat(countAs(new Reader("eq-lid-b", List.of(GROUP_B), List.of(TENANT_2)))).as("group B's tasks are all in Utrecht").isZero();
        assertThat(countAs(new Reader("eq-enkel", List.of(), List.of(TENANT_1)))).isEqualTo(1);
        assertThat(countAs(new Reader("eq-definitie", List.of(), List.of(TENANT_1)))).isEqualTo(3);
        assertThat(countAs(new Reader("eq-alle-definities", List.of(), List.of(TENANT_1, TENANT_2)))).as("the wildcard "
                + "definition grant lets through every task, the two standalone ones too (the engine's '*' term)").isEqualTo(11);
        assertThat(countAs(new Reader("eq-vreemde", List.of("eq-groep-zonder-taken"), List.of(TENANT_1, TENANT_2)))).isZero();
    }

    private long countAs(Reader reader) {
        return (Long) run(reader, q -> q.taskNameLike("Equivalentie%").count(), true)
                + (Long) run(reader, q -> q.taskNameLike("Losse%").count(), true);
    }

    private Object run(Reader reader, Function<TaskQuery, Object> query, boolean rewrite) {
        interceptor.setEnabled(rewrite);
        identityService.setAuthentication(reader.user(), reader.groups(), reader.tenants());
        try {
            return query.apply(taskService.createTaskQuery());
        } finally {
            identityService.clearAuthentication();
            interceptor.setEnabled(true);
        }
    }

    /** Every task and instance of this test, read without a user (ids only, for the variable queries' criteria). */
    private String[] allTaskIds() {
        return withoutUser(() -> taskService.createTaskQuery().or().taskNameLike("Equivalentie%").taskNameLike("Losse%").endOr()
                .listPage(0, 500).stream().map(Task::getId).toArray(String[]::new));
    }

    private String[] allInstanceIds() {
        return withoutUser(() -> runtimeService.createProcessInstanceQuery().processDefinitionKeyIn(KEY_A, KEY_B).listPage(0, 500).stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toArray(String[]::new));
    }

    private <T> T withoutUser(java.util.function.Supplier<T> read) {
        org.camunda.bpm.engine.impl.identity.Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return read.get();
        } finally {
            identityService.setAuthentication(current);
        }
    }

    private static List<String> variables(org.camunda.bpm.engine.runtime.VariableInstanceQuery query) {
        return query.listPage(0, 500).stream().map(v -> v.getName() + "@" + v.getTaskId() + "/" + v.getProcessInstanceId() + "=" + v.getValue())
                .sorted().toList();
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    private void deploy(String key, String tenant) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("equivalenceTask").name("Equivalentie ${volgnummer}").camundaCandidateGroups("${groep}")
                .camundaDueDate("${vervaldatum}").endEvent().done();
        Deployment deployment = repositoryService.createDeployment().name("equivalence-" + key).tenantId(tenant)
                .addModelInstance(key + ".bpmn", model).deploy();
        deployments.add(deployment.getId());
    }

    private void start(String key, String tenant, String group, String businessKey, int number) {
        runtimeService.createProcessInstanceByKey(key).processDefinitionTenantId(tenant).businessKey(businessKey)
                .setVariable("groep", group).setVariable("volgnummer", number)
                .setVariable("vervaldatum", java.util.Date.from(java.time.Instant.parse("2027-01-0" + (number + 1) + "T09:00:00Z")))
                .setVariable("region", tenant).execute();
    }

    private void standalone(String name, String tenant) {
        Task task = taskService.newTask();
        task.setName(name);
        task.setTenantId(tenant);
        taskService.saveTask(task);
        standaloneTasks.add(task.getId());
    }

    private Authorization userGrant(String user, Resources resource, String resourceId, org.camunda.bpm.engine.authorization.Permission permission) {
        Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(user);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        return grant;
    }

    private void grant(Authorization authorization) {
        grants.add(authorizationService.saveAuthorization(authorization).getId());
    }

    private record Reader(String user, List<String> groups, List<String> tenants) {
    }
}
