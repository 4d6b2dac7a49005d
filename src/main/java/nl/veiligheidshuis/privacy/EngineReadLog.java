package nl.veiligheidshuis.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.veiligheidshuis.privacy.EngineReadRules.EngineRead;
import nl.veiligheidshuis.system.AsApplication;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a read of case content through the engine's REST API (see {@link EngineReadRules}): one READ entry per case
 * whose content the answer held, with the reader, their groups, the channel and a Dutch purpose. The case is the
 * business key of the root process instance of what was read, found as the application (the reader's rights have
 * already been applied by the engine: only a successful answer is logged). Never stores what was read: the answer
 * is only searched for the process instance ids of its rows.
 */
@Service
class EngineReadLog {

    static final Pattern CASE_NUMBER = Pattern.compile("VH-\\d{4}-\\d{6}");
    static final int PURPOSE_MAX = 200;

    /** Who read: the user and their groups (organisation). */
    record Reader(String userId, List<String> groups) {
    }

    /** The case a read belongs to, or, for a process without a case (a subject request), its key and reference. */
    record Target(String caseNumber, String note) {

        static final Target WITHOUT_CASE = new Target(null, "zonder casus");
    }

    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final AsApplication asApplication;
    private final AccessLog accessLog;
    private final ObjectMapper json;

    EngineReadLog(HistoryService historyService, RuntimeService runtimeService, AsApplication asApplication, AccessLog accessLog,
            ObjectMapper json) {
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.asApplication = asApplication;
        this.accessLog = accessLog;
        this.json = json;
    }

    /**
     * Writes the entries of one successful read, all or none; returns how many. Throws when the read cannot be
     * logged: the caller then must not serve the answer.
     */
    @Transactional
    public int record(Reader reader, EngineRead read, AccessLog.Channel channel, byte[] answer) {
        if (reader == null || reader.userId() == null) {
            throw new IllegalStateException("A read of case content without an authenticated user");
        }
        List<Target> targets = asApplication.call(() -> targetsOf(read, answer));
        String purpose = EngineReadRules.purpose(read, channel);
        for (Target target : targets) {
            accessLog.record(reader.userId(), reader.groups(), target.caseNumber(), null, AccessAction.READ, channel,
                    withNote(purpose, target.note()));
        }
        return targets.size();
    }

    List<Target> targetsOf(EngineRead read, byte[] answer) {
        Set<String> processInstanceIds = new LinkedHashSet<>();
        boolean withoutCase = switch (read.scope()) {
            case TASK -> add(processInstanceIds, taskRoot(read.id()));
            case PROCESS_INSTANCE -> add(processInstanceIds, read.id());
            case EXECUTION -> add(processInstanceIds, executionProcess(read.id()));
            case VARIABLE_INSTANCE -> add(processInstanceIds, variableProcess(read.id()));
            case HISTORIC_VARIABLE_INSTANCE -> add(processInstanceIds, historicVariableRoot(read.id()));
            case HISTORIC_DETAIL -> add(processInstanceIds, historicDetailRoot(read.id()));
            case ANSWER -> rowsOf(answer, processInstanceIds);
        };
        List<Target> targets = new ArrayList<>(casesOf(processInstanceIds));
        if (withoutCase && !targets.contains(Target.WITHOUT_CASE)) {
            targets.add(Target.WITHOUT_CASE);
        }
        return targets;
    }

    /** Adds the id; true when there is none (the read belongs to no process). */
    private static boolean add(Set<String> ids, String id) {
        if (id == null) {
            return true;
        }
        ids.add(id);
        return false;
    }

    private String taskRoot(String taskId) {
        HistoricTaskInstance task = historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        return task == null ? null : firstOf(task.getRootProcessInstanceId(), task.getProcessInstanceId());
    }

    private String executionProcess(String executionId) {
        Execution execution = runtimeService.createExecutionQuery().executionId(executionId).singleResult();
        return execution == null ? null : execution.getProcessInstanceId();
    }

    private String variableProcess(String variableId) {
        VariableInstance variable = runtimeService.createVariableInstanceQuery().variableId(variableId).disableBinaryFetching()
                .disableCustomObjectDeserialization().singleResult();
        return variable == null ? null : variable.getProcessInstanceId();
    }

    private String historicVariableRoot(String variableId) {
        HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery().variableId(variableId)
                .disableBinaryFetching().disableCustomObjectDeserialization().singleResult();
        return variable == null ? null : firstOf(variable.getRootProcessInstanceId(), variable.getProcessInstanceId());
    }

    private String historicDetailRoot(String detailId) {
        HistoricDetail detail = historyService.createHistoricDetailQuery().detailId(detailId).disableBinaryFetching()
                .disableCustomObjectDeserialization().singleResult();
        return detail == null ? null : firstOf(detail.getRootProcessInstanceId(), detail.getProcessInstanceId());
    }

    /** The (root) process instance of every row of a JSON answer (one object or a list); true when a row has none. */
    private boolean rowsOf(byte[] answer, Set<String> processInstanceIds) {
        JsonNode root;
        try {
            root = json.readTree(answer);
        } catch (IOException e) {
            throw new UncheckedIOException("The answer of a content read is not JSON", e);
        }
        boolean withoutCase = false;
        for (JsonNode row : root == null ? List.<JsonNode>of() : root.isArray() ? root : List.of(root)) {
            if (!row.has("processInstanceId") && !row.has("rootProcessInstanceId")) {
                continue;
            }
            String id = firstOf(text(row, "rootProcessInstanceId"), text(row, "processInstanceId"));
            withoutCase |= add(processInstanceIds, id);
        }
        return withoutCase;
    }

    /** The case (or, for other processes, key and reference) of each root of the given process instances, once each. */
    private List<Target> casesOf(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        Set<String> roots = new LinkedHashSet<>();
        Map<String, HistoricProcessInstance> found = byId(processInstanceIds);
        for (String id : processInstanceIds) {
            HistoricProcessInstance instance = found.get(id);
            roots.add(instance == null ? id : firstOf(instance.getRootProcessInstanceId(), id));
        }
        Map<String, HistoricProcessInstance> rootInstances = byId(roots);
        Set<Target> targets = new LinkedHashSet<>();
        for (String rootId : roots) {
            HistoricProcessInstance root = rootInstances.get(rootId);
            if (root == null) {
                targets.add(Target.WITHOUT_CASE);
            } else if (root.getBusinessKey() != null && CASE_NUMBER.matcher(root.getBusinessKey()).matches()) {
                targets.add(new Target(root.getBusinessKey(), null));
            } else {
                targets.add(new Target(null, "proces " + root.getProcessDefinitionKey()
                        + (root.getBusinessKey() == null ? "" : " " + root.getBusinessKey())));
            }
        }
        return List.copyOf(targets);
    }

    private Map<String, HistoricProcessInstance> byId(Set<String> ids) {
        Map<String, HistoricProcessInstance> byId = new LinkedHashMap<>();
        historyService.createHistoricProcessInstanceQuery().processInstanceIds(ids).list().forEach(p -> byId.put(p.getId(), p));
        return byId;
    }

    private static String withNote(String purpose, String note) {
        String text = note == null ? purpose : purpose + " (" + note + ")";
        return text.length() <= PURPOSE_MAX ? text : text.substring(0, PURPOSE_MAX - 1) + "…";
    }

    private static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }
}
