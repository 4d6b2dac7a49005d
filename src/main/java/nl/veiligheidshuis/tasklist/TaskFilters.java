package nl.veiligheidshuis.tasklist;

import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.organisation.EngineAuthorizations;
import nl.veiligheidshuis.organisation.Groups;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters of every role (issue 8), without expressions in stored queries (switched off for security):
 * shared filters with fixed criteria, granted to the groups they are for; per-user filters ("Mijn taken", "Taken van
 * mijn organisatie", "Mijn casussen als casusregisseur") with the user's own id and groups written into the query;
 * "Verlopen" has its due-before moment moved to now every minute. Every list shows case number, region and priority;
 * Tasklist shows the due date itself.
 */
@Component
public class TaskFilters {

    static final String INBOX = "Werkvoorraad";
    static final String MY_TASKS = "Mijn taken";
    static final String MY_ORGANISATION = "Taken van mijn organisatie";
    static final String SCREENING = "Screening";
    static final String ESCALATIONS = "Opschalingen";
    static final String OVERDUE = "Verlopen";
    static final String MY_CASES = "Mijn casussen als casusregisseur";

    static final String SCREENING_TASK = "UserTask_ScreenCase";
    static final List<String> ESCALATION_PROCESSES = List.of("escalation", "escalation-national-review");
    static final String CASE_DIRECTOR_USER = "caseDirectorUser";
    static final int PAGE = 200;

    private static final Logger LOG = LoggerFactory.getLogger(TaskFilters.class);

    private final FilterService filterService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final EngineAuthorizations authorizations;
    private final Clock clock;

    TaskFilters(FilterService filterService, TaskService taskService, IdentityService identityService, EngineAuthorizations authorizations,
            Clock clock) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.authorizations = authorizations;
        this.clock = clock;
    }

    /** After the organisation and the demo users exist. */
    @Order(5)
    @EventListener(ApplicationReadyEvent.class)
    public void ensureAll() {
        ensureShared();
        int users = 0;
        for (int first = 0; ; first += PAGE) {
            List<User> page = identityService.createUserQuery().orderByUserId().asc().listPage(first, PAGE);
            page.forEach(this::ensureFor);
            users += page.size();
            if (page.size() < PAGE) {
                break;
            }
        }
        LOG.info("Tasklist filters in place for {} users", users);
    }

    void ensureShared() {
        Filter inbox = shared(INBOX, "Alle taken die u mag zien: van uw organisatie in uw regio en aan u toegewezen", 0,
                taskService.createTaskQuery().orderByDueDate().asc());
        authorizations.grantEveryone(Resources.FILTER, inbox.getId(), Permissions.READ);
        Filter screening = shared(SCREENING, "Aanmeldingen die op screening en triage wachten", 30,
                taskService.createTaskQuery().taskDefinitionKey(SCREENING_TASK).orderByDueDate().asc());
        for (String group : List.of(Groups.PROCESS_DIRECTION, Groups.VH_MANAGER)) {
            authorizations.grantGroup(group, Resources.FILTER, screening.getId(), Permissions.READ);
        }
        Filter escalations = shared(ESCALATIONS, "Opschalingen naar tactisch, strategisch of landelijk niveau", 40,
                taskService.createTaskQuery().processDefinitionKeyIn(ESCALATION_PROCESSES.toArray(String[]::new)).orderByDueDate().asc());
        for (String group : List.of(Groups.TACTICAL_MEETING, Groups.STEERING_GROUP, Groups.NATIONAL_MEETING, Groups.VH_MANAGER)) {
            authorizations.grantGroup(group, Resources.FILTER, escalations.getId(), Permissions.READ);
        }
        Filter overdue = shared(OVERDUE, "Taken waarvan de vervaldatum voorbij is", 50, overdueQuery());
        authorizations.grantEveryone(Resources.FILTER, overdue.getId(), Permissions.READ);
    }

    /** The filters of one user, with the user's id and groups in the query; idempotent. */
    public void ensureFor(User user) {
        String userId = user.getId();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).listPage(0, PAGE).stream().map(Group::getId).toList();
        own(userId, MY_TASKS, "Taken die aan u zijn toegewezen", 10, taskService.createTaskQuery().taskAssignee(userId).orderByDueDate().asc());
        if (!groups.isEmpty()) {
            own(userId, MY_ORGANISATION, "Taken voor uw organisatie, nog niet opgepakt of al toegewezen", 20,
                    taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().orderByDueDate().asc());
        }
        own(userId, MY_CASES, "Taken in casussen waarvan u casusregisseur bent", 60,
                taskService.createTaskQuery().processVariableValueEquals(CASE_DIRECTOR_USER, userId).orderByDueDate().asc());
    }

    /** Moves the overdue filter's moment to now: stored queries may not hold expressions such as ${now()}. */
    @Scheduled(fixedDelayString = "${vh.tasklist.overdue-refresh:PT1M}")
    public void refreshOverdue() {
        Filter overdue = filterService.createFilterQuery().filterName(OVERDUE).singleResult();
        if (overdue != null) {
            overdue.setQuery(overdueQuery());
            filterService.saveFilter(overdue);
        }
    }

    private TaskQuery overdueQuery() {
        return taskService.createTaskQuery().dueBefore(Date.from(clock.instant())).orderByDueDate().asc();
    }

    private Filter shared(String name, String description, int priority, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query).setProperties(properties(description, priority));
        return filterService.saveFilter(filter);
    }

    private void own(String userId, String name, String description, int priority, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).filterOwner(userId).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name).setOwner(userId);
        }
        filter.setQuery(query).setProperties(properties(description, priority));
        filter = filterService.saveFilter(filter);
        authorizations.grantUser(userId, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    private static Map<String, Object> properties(String description, int priority) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                Map.of("name", "caseNumber", "label", "Casusnummer"),
                Map.of("name", "regionName", "label", "Regio"),
                Map.of("name", "priority", "label", "Prioriteit")));
        return properties;
    }
}
