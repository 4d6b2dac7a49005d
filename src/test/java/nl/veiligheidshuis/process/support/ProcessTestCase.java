package nl.veiligheidshuis.process.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the process tests: a fixed clock, the fake delegates, Camunda BPM Assert bound to the test engine, and
 * a few checks every model test needs (task name, deployed form, due dates). Each test class registers its own
 * {@link ProcessCoverage#extension} and hands it over through {@link #extension()}.
 */
public abstract class ProcessTestCase {

    /** Monday 2 March 2026, 09:00 in Amsterdam: all process tests start on the same clock. */
    public static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    protected FakeDelegates delegates;

    protected abstract ProcessEngineExtension extension();

    @BeforeEach
    void setUpProcessTest() {
        ClockUtil.setCurrentTime(Date.from(START));
        BpmnAwareTests.init(extension().getProcessEngine());
        delegates = new FakeDelegates().register();
    }

    @AfterEach
    void tearDownProcessTest() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    protected ProcessEngine engine() {
        return extension().getProcessEngine();
    }

    /** Moves the engine's clock; timers fall due when their job's due date has passed. */
    protected static void advanceClock(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
    }

    protected static Date startPlus(Duration duration) {
        return Date.from(START.plus(duration));
    }

    /** The id of the Camunda Form that Tasklist shows for this task (resolved as the REST API does). */
    protected String deployedFormIdOf(Task task) {
        return formId(engine().getFormService().getDeployedTaskForm(task.getId()));
    }

    protected String deployedStartFormIdOf(String processDefinitionId) {
        return formId(engine().getFormService().getDeployedStartForm(processDefinitionId));
    }

    private static String formId(InputStream form) {
        try (InputStream in = form) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Timer jobs carry a due date; asserts it and returns the job. */
    protected static Job assertDueAt(Job timer, Date expected) {
        assertThat(timer.getDuedate()).isCloseTo(expected, Duration.of(1, ChronoUnit.SECONDS).toMillis());
        return timer;
    }
}
