package nl.veiligheidshuis.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A headless Chromium on the real Tasklist for each test of a browser test class: opened before the test (skipped
 * with the reason when Chromium is missing, so Surefire lists it), closed after it, and on a failure a screenshot
 * and the page source of that moment kept next to the other screenshots. Register it as a field:
 * {@code @RegisterExtension final TasklistBrowser browser = new TasklistBrowser("walk");} and use {@link #page()}.
 */
public final class TasklistBrowser implements BeforeEachCallback, AfterEachCallback, TestExecutionExceptionHandler {

    private final String[] screenshotFolder;
    private TasklistPage page;

    /** Screenshots go to the browser screenshot directory, in the given sub folder (none: the top folder). */
    public TasklistBrowser(String... screenshotFolder) {
        this.screenshotFolder = screenshotFolder;
    }

    public TasklistPage page() {
        if (page == null) {
            throw new IllegalStateException("the browser is opened before each test, not before that");
        }
        return page;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(TasklistPage.chromiumAvailable(), TasklistPage.skipReason());
        int port = Integer.parseInt(SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port"));
        page = TasklistPage.open(port, TasklistPage.screenshotDirectory(screenshotFolder));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (page != null) {
            page.keepEvidence("FAILED-" + context.getRequiredTestMethod().getName(), failure);
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (page != null) {
            page.close();
            page = null;
        }
    }
}
