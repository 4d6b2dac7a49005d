package nl.veiligheidshuis.process.support;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/**
 * The engine extension of every process test: the in-memory engine of {@code camunda-process-test.cfg.xml} plus BPMN coverage,
 * reported under {@code <build directory>/process-test-coverage/} (so {@code -Dvh.build.dir=...} builds keep their
 * reports apart), with a floor per test class that fails the build when a path loses its test.
 */
public final class ProcessCoverage {

    /**
     * Not named camunda.cfg.xml: engine REST in the Spring tests would find that name on the classpath and start a
     * second engine from it.
     */
    public static final String CONFIGURATION = "camunda-process-test.cfg.xml";

    /** Each test class must cover at least this share of the flow nodes and sequence flows of its models. */
    public static final double CLASS_COVERAGE_FLOOR = 0.9;

    private ProcessCoverage() {
    }

    /** @param excludedProcessKeys called processes that another test class covers */
    public static ProcessEngineCoverageExtension extension(String... excludedProcessKeys) {
        ProcessEngineCoverageExtension.Builder builder = ProcessEngineCoverageExtension.builder(CONFIGURATION);
        builder.assertClassCoverageAtLeast(CLASS_COVERAGE_FLOOR);
        builder.reportDirectory(reportDirectory());
        if (excludedProcessKeys.length > 0) {
            builder.excludeProcessDefinitionKeys(excludedProcessKeys);
        }
        return builder.build();
    }

    /** {@code target/process-test-coverage}, next to {@code target/test-classes} wherever the build directory is. */
    static String reportDirectory() {
        try {
            Path testClasses = Path.of(ProcessCoverage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("process-test-coverage").toString();
        } catch (URISyntaxException | RuntimeException e) {
            return "target/process-test-coverage";
        }
    }
}
