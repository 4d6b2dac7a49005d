package nl.veiligheidshuis.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The house rules for the models in {@code processes/}, {@code decisions/} and {@code forms/} (house-style.md:
 * "the models are the program"): file named after the id, a history time-to-live everywhere, readable English ids,
 * Dutch names, delegate expressions, forms that exist, save points with retries, and one deployment that the
 * engine accepts as a whole, as the application deploys them.
 */
class ModelConventionsTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource(nl.veiligheidshuis.process.support.ProcessCoverage.CONFIGURATION).build();

    static final File PROCESSES = new File("processes");
    static final File DECISIONS = new File("decisions");
    static final File FORMS = new File("forms");

    /** {@code Prefix_PascalCase}: {@code UserTask_ScreenCase}, {@code SequenceFlow_IsComplexYes}. */
    static final Pattern ELEMENT_ID = Pattern.compile("^[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]+$");
    /** What Camunda Modeler generates: {@code Activity_0r8lucn}, {@code Flow_1x2y3z4}. */
    static final Pattern GENERATED_ID = Pattern.compile("_[0-9a-z]{7}$");

    static final ObjectMapper JSON = new ObjectMapper();

    // ------------------------------------------------------------------ files and ids

    @Test
    void thereAreModelsToCheck() {
        assertThat(files(PROCESSES, ".bpmn")).isNotEmpty();
        assertThat(files(DECISIONS, ".dmn")).isNotEmpty();
        assertThat(files(FORMS, ".form")).isNotEmpty();
    }

    @Test
    void eachBpmnFileHoldsOneExecutableProcessNamedAfterTheFile() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> {
            Collection<Process> processes = model.getModelElementsByType(Process.class);
            if (processes.size() != 1) {
                violations.add(file.getName() + ": " + processes.size() + " processes, expected one");
            }
            for (Process process : processes) {
                if (!process.getId().equals(baseName(file))) {
                    violations.add(file.getName() + ": process id " + process.getId() + " differs from the file name");
                }
                if (!process.isExecutable()) {
                    violations.add(file.getName() + ": process is not executable");
                }
                if (blank(process.getName())) {
                    violations.add(file.getName() + ": process has no name");
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void eachDmnFileHoldsTheDecisionNamedAfterTheFile() {
        List<String> violations = new ArrayList<>();
        forEachDecisionModel((file, model) -> {
            Set<String> ids = model.getModelElementsByType(Decision.class).stream().map(Decision::getId)
                    .collect(Collectors.toSet());
            if (!ids.contains(baseName(file))) {
                violations.add(file.getName() + ": no decision with id " + baseName(file) + " (found " + ids + ")");
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void everyProcessAndDecisionHasAHistoryTimeToLive() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> model.getModelElementsByType(Process.class).stream()
                .filter(process -> blank(process.getCamundaHistoryTimeToLiveString()))
                .forEach(process -> violations.add(file.getName() + ": process " + process.getId())));
        forEachDecisionModel((file, model) -> model.getModelElementsByType(Decision.class).stream()
                .filter(decision -> blank(decision.getCamundaHistoryTimeToLiveString()))
                .forEach(decision -> violations.add(file.getName() + ": decision " + decision.getId())));
        assertThat(violations).as("without camunda:historyTimeToLive").isEmpty();
    }

    @Test
    void elementIdsArePrefixedPascalCaseAndNotGenerated() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> {
            List<BaseElement> elements = new ArrayList<>();
            elements.addAll(model.getModelElementsByType(FlowNode.class));
            elements.addAll(model.getModelElementsByType(SequenceFlow.class));
            elements.addAll(model.getModelElementsByType(Message.class));
            elements.addAll(model.getModelElementsByType(Error.class));
            for (BaseElement element : elements) {
                String id = element.getId();
                if (!ELEMENT_ID.matcher(id).matches() || GENERATED_ID.matcher(id).find()) {
                    violations.add(file.getName() + ": " + id);
                }
            }
        });
        assertThat(violations).as("ids that are not Prefix_PascalCase or look generated").isEmpty();
    }

    @Test
    void everyFlowNodeHasANameButParallelAndJoiningGateways() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> !(node instanceof ParallelGateway) && !isJoiningGateway(node))
                .filter(node -> blank(node.getName()))
                .forEach(node -> violations.add(file.getName() + ": " + node.getId())));
        assertThat(violations).as("flow nodes without a name").isEmpty();
    }

    @Test
    void serviceTasksCallBeansByDelegateExpression() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> model.getModelElementsByType(ServiceTask.class).stream()
                .filter(task -> blank(task.getCamundaDelegateExpression()) || task.getCamundaClass() != null
                        || task.getCamundaExpression() != null)
                .forEach(task -> violations.add(file.getName() + ": " + task.getId())));
        assertThat(violations).as("service tasks without camunda:delegateExpression").isEmpty();
    }

    @Test
    void userTasksShowADeployedCamundaForm() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> model.getModelElementsByType(UserTask.class).stream()
                .filter(task -> blank(task.getCamundaFormRef()) || !"deployment".equals(task.getCamundaFormRefBinding()))
                .forEach(task -> violations.add(file.getName() + ": " + task.getId())));
        assertThat(violations).as("user tasks without camunda:formRef with deployment binding").isEmpty();
    }

    @Test
    void decisionsAndCalledProcessesAreBoundToTheirDeployment() {
        List<String> violations = new ArrayList<>();
        Set<String> processIds = ids(PROCESSES, ".bpmn");
        Set<String> decisionIds = ids(DECISIONS, ".dmn");
        forEachProcessModel((file, model) -> {
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                if (!"deployment".equals(task.getCamundaDecisionRefBinding()) || !decisionIds.contains(task.getCamundaDecisionRef())) {
                    violations.add(file.getName() + ": " + task.getId() + " -> decision " + task.getCamundaDecisionRef());
                }
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                if (!"deployment".equals(call.getCamundaCalledElementBinding()) || !processIds.contains(call.getCalledElement())) {
                    violations.add(file.getName() + ": " + call.getId() + " -> process " + call.getCalledElement());
                }
            }
        });
        assertThat(violations).as("references to a missing model or without deployment binding").isEmpty();
    }

    @Test
    void everyAsynchronousStepHasARetryCycle() {
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> model.getModelElementsByType(FlowNode.class).stream()
                .filter(node -> node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter())
                .filter(node -> node.getExtensionElements() == null || node.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaFailedJobRetryTimeCycle.class).count() == 0)
                .forEach(node -> violations.add(file.getName() + ": " + node.getId())));
        assertThat(violations).as("save points without camunda:failedJobRetryTimeCycle").isEmpty();
    }

    // ------------------------------------------------------------------ forms

    @Test
    void everyFormIsJsonWithTheIdOfItsFileForCamunda7() {
        List<String> violations = new ArrayList<>();
        for (File form : files(FORMS, ".form")) {
            JsonNode json = readJson(form);
            if (!baseName(form).equals(json.path("id").asText())) {
                violations.add(form.getName() + ": id " + json.path("id").asText());
            }
            if (!"Camunda Platform".equals(json.path("executionPlatform").asText())) {
                violations.add(form.getName() + ": executionPlatform " + json.path("executionPlatform").asText());
            }
            if (!json.path("components").isArray()) {
                violations.add(form.getName() + ": no components");
            }
            List<String> types = json.findValuesAsText("type");
            if (types.contains("dynamiclist") || types.contains("filepicker")) {
                violations.add(form.getName() + ": dynamiclist or filepicker (do not work in the 7.24 Tasklist)");
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyFormRefNamesAFormFile() {
        Set<String> forms = ids(FORMS, ".form");
        List<String> violations = new ArrayList<>();
        forEachProcessModel((file, model) -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getCamundaFormRef() != null && !forms.contains(task.getCamundaFormRef())) {
                    violations.add(file.getName() + ": " + task.getId() + " -> " + task.getCamundaFormRef());
                }
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null && !forms.contains(start.getCamundaFormRef())) {
                    violations.add(file.getName() + ": " + start.getId() + " -> " + start.getCamundaFormRef());
                }
            }
        });
        assertThat(violations).as("form references without forms/<id>.form").isEmpty();
    }

    // ------------------------------------------------------------------ the engine accepts them together

    @Test
    void allModelsDeployTogetherAsTheApplicationDeploysThem() {
        RepositoryService repository = engine.getRepositoryService();
        DeploymentBuilder builder = repository.createDeployment().name("all-models");
        List<InputStream> streams = new ArrayList<>();
        List<File> all = new ArrayList<>();
        all.addAll(files(PROCESSES, ".bpmn"));
        all.addAll(files(DECISIONS, ".dmn"));
        all.addAll(files(FORMS, ".form"));
        Deployment deployment = null;
        try {
            for (File file : all) {
                InputStream in = new FileInputStream(file);
                streams.add(in);
                builder.addInputStream(file.getName(), in);
            }
            deployment = builder.deploy();

            assertThat(repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
                    .isEqualTo(files(PROCESSES, ".bpmn").size());
            assertThat(repository.createDecisionDefinitionQuery().deploymentId(deployment.getId()).list())
                    .extracting(definition -> definition.getKey()).containsAll(ids(DECISIONS, ".dmn"));
            assertThat(repository.getDeploymentResourceNames(deployment.getId()))
                    .containsAll(all.stream().map(File::getName).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (deployment != null) {
                repository.deleteDeployment(deployment.getId(), true);
            }
            streams.forEach(ModelConventionsTest::closeQuietly);
        }
    }

    // ------------------------------------------------------------------ helpers

    static List<File> files(File directory, String extension) {
        File[] files = directory.listFiles((dir, name) -> name.endsWith(extension));
        return files == null ? List.of() : Arrays.stream(files).sorted().toList();
    }

    static Set<String> ids(File directory, String extension) {
        return files(directory, extension).stream().map(ModelConventionsTest::baseName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String baseName(File file) {
        return file.getName().substring(0, file.getName().lastIndexOf('.'));
    }

    static void forEachProcessModel(BiConsumer<File, BpmnModelInstance> check) {
        files(PROCESSES, ".bpmn").forEach(file -> check.accept(file, Bpmn.readModelFromFile(file)));
    }

    static void forEachDecisionModel(BiConsumer<File, DmnModelInstance> check) {
        files(DECISIONS, ".dmn").forEach(file -> check.accept(file, Dmn.readModelFromFile(file)));
    }

    static boolean isJoiningGateway(FlowNode node) {
        return node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() <= 1;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static JsonNode readJson(File file) {
        try {
            return JSON.readTree(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file.getName() + " is not JSON", e);
        }
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read already
        }
    }
}
