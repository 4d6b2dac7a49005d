package nl.veiligheidshuis.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one page object of the real Camunda 7.24 Tasklist in headless Debian Chromium, in Dutch, for every browser test:
 * login and logout, the filters and the task list (with the search on the task name, where a professional types a
 * case number), opening a task from the list or by its id, claiming, the "Proces starten" dialog, the fields of a
 * Camunda Form (form-js) found by their visible labels, completing, and full-page screenshots.
 */
public final class TasklistPage implements AutoCloseable {

    public static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
    public static final Path CHROMEDRIVER = HeadlessChromium.CHROMEDRIVER;

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final By START_BUTTON = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");
    private static final By COMPLETE_BUTTON = By.cssSelector("button[ng-click='complete()']");
    private static final By USERNAME = By.cssSelector("input[ng-model='username']");
    private static final By ACCOUNT_MENU = By.cssSelector("li.account .dropdown-toggle");
    /** The input of the task list's search widget ("Taken filteren"). */
    private static final By SEARCH_INPUT = By.cssSelector("[cam-widget-search] input.main-field");

    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final String tasklistUrl;
    private final Path screenshots;

    private TasklistPage(HeadlessChromium browser, int port, Path screenshots) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = waiting();
        this.baseUrl = "http://localhost:" + port;
        this.tasklistUrl = baseUrl + "/camunda/app/tasklist/default/";
        this.screenshots = screenshots;
    }

    /** False on a machine without Debian's Chromium and ChromeDriver: the browser tests are then skipped. */
    public static boolean chromiumAvailable() {
        return HeadlessChromium.available();
    }

    /** The reason a browser test gives when it is skipped. */
    public static String skipReason() {
        return "Browser test skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install -y chromium chromium-driver)";
    }

    /** Starts a Dutch headless Chromium with the distribution's ChromeDriver: Selenium Manager never downloads. */
    public static TasklistPage open(int port, Path screenshots) throws IOException {
        HeadlessChromium browser = HeadlessChromium.start(1000);
        try {
            Files.createDirectories(screenshots);
        } catch (IOException | RuntimeException e) {
            browser.close();
            throw e;
        }
        return new TasklistPage(browser, port, screenshots);
    }

    /**
     * {@code <build dir>/browser-screenshots[/sub...]}, next to the test classes (so {@code -Dvh.build.dir} moves it with
     * the build); the one convention of every browser test.
     */
    public static Path screenshotDirectory(String... sub) {
        try {
            Path directory = Path.of(TasklistPage.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                    .resolve("browser-screenshots");
            for (String part : sub) {
                directory = directory.resolve(part);
            }
            return directory;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** The address of a page of the application, e.g. {@code /casus/?case=VH-2026-000001}. */
    public String url(String path) {
        return baseUrl + path;
    }

    // ---------------------------------------------------------------------------------------------- login, header

    /** Opens Tasklist's start page (the login form when nobody is logged in); answers the text of the login button. */
    public String openLogin() {
        driver.get(tasklistUrl);
        WebElement button = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form button[type='submit']")));
        wait.until(d -> !button.getText().isBlank());
        return button.getText().trim();
    }

    /**
     * Logs in with the demo password from Tasklist's plain start page (not from whatever task or search the previous
     * user left in the address) and waits for the account menu.
     */
    public void login(String user) {
        openLogin();
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
        username.clear();
        username.sendKeys(user);
        WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        waiting().withMessage(() -> "no Tasklist after logging in as " + user).until(ExpectedConditions.visibilityOfElementLocated(ACCOUNT_MENU));
    }

    /** Logs out with the account menu ("Uitloggen") and waits for the login form. */
    public void logout() {
        click(ACCOUNT_MENU);
        click(By.cssSelector("li.logout a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    }

    public String navbarText() {
        return driver.findElement(By.cssSelector("[cam-widget-header]")).getText();
    }

    // ---------------------------------------------------------------------------------------------- filters, task list

    /** Waits for the filter list and its counter; answers the filters as "name (count)", e.g. "Werkvoorraad (3)". */
    public List<String> filters() {
        wait.until(d -> texts(".task-filters .task-filter .counter").stream().anyMatch(c -> !c.isEmpty()));
        return texts(".task-filters .task-filter h4.name").stream().map(name -> name.replaceAll("\\s+(\\d+)$", " ($1)")).toList();
    }

    /** The names of the filters only, e.g. "Werkvoorraad". */
    public List<String> filterNames() {
        return filters().stream().map(f -> f.replaceAll("\\s+\\(\\d+\\)$", "")).toList();
    }

    /**
     * Chooses a filter by its name and waits until it is the active one and its list is loaded. Choosing the filter that
     * is already active does not query again in Tasklist, so then the page is reloaded: the list is always fresh (tasks
     * that jobs created since it was loaded are in it).
     */
    public void openFilter(String name) {
        filters();
        if (texts(".task-filters .task-filter.active h4.name").stream().anyMatch(t -> t.startsWith(name))) {
            driver.navigate().refresh();
            filters();
        }
        click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'task-filter')][.//h4[contains(@class,'name')]"
                + "[starts-with(normalize-space(.), " + literal(name) + ")]]//a[1]"));
        waiting().withMessage(() -> "filter '" + name + "' not active").until(d -> texts(".task-filters .task-filter.active h4.name").stream()
                .anyMatch(t -> t.startsWith(name)));
        taskNames();
    }

    /** The names of the tasks in the list, once loaded (waits for either tasks or the "no tasks" notice). */
    public List<String> taskNames() {
        filters();
        wait.until(d -> !texts("[cam-tasks] li.task").isEmpty() || noTasksNotice());
        return texts("[cam-tasks] li.task h4.task");
    }

    /**
     * Types text into the task list's search ("Taken filteren") and presses Enter: Tasklist makes it a search on the
     * task name (its default criterion), as a professional looks up a case by its number. The search stays when another
     * filter is chosen, so it is typed only once. Waits until the list shows only matching tasks, or none; answers
     * their names.
     */
    public List<String> searchTasks(String text) {
        filters();
        if (searchPills().stream().noneMatch(t -> t.contains(text))) {
            WebElement input = wait.until(ExpectedConditions.elementToBeClickable(SEARCH_INPUT));
            click(input);
            input.sendKeys(text);
            input.sendKeys(Keys.ENTER);
            waiting().withMessage(() -> "no search pill for '" + text + "'").until(d -> searchPills().stream().anyMatch(t -> t.contains(text)));
        }
        waiting().withMessage(() -> "the list still shows tasks without '" + text + "': " + texts("[cam-tasks] li.task h4.task"))
                .until(d -> {
                    List<String> names = texts("[cam-tasks] li.task h4.task");
                    return names.isEmpty() ? noTasksNotice() : names.stream().allMatch(n -> n.contains(text));
                });
        return taskNames();
    }

    /** The search criteria shown as pills above the list. */
    public List<String> searchPills() {
        return texts("[cam-widget-search-pill]");
    }

    public void waitForTaskInList(String text) {
        waiting().withMessage(() -> "no task '" + text + "' in the list: " + texts("[cam-tasks] li.task h4.task"))
                .until(d -> texts("[cam-tasks] li.task h4.task").stream().anyMatch(t -> t.contains(text)));
    }

    /** Opens the task with this name from the list and waits for the task view. */
    public void openTask(String taskName) {
        waitForTaskInList(taskName);
        click(By.xpath("//*[@cam-tasks]//li[contains(@class, 'task')]//h4[contains(@class, 'task')]/a[contains(normalize-space(.), "
                + literal(taskName) + ")]"));
        waitForTaskView(taskName);
    }

    /**
     * Opens the task with this name of this process from the list (the list shows both): for a test that runs a phase
     * on its own beside a case whose lifecycle carries a task of the same name.
     */
    public void openTask(String taskName, String processName) {
        waiting().withMessage(() -> "no task '" + taskName + "' of '" + processName + "' in the list")
                .until(d -> texts("[cam-tasks] li.task").stream().anyMatch(t -> t.contains(taskName) && t.contains(processName)));
        click(By.xpath("//*[@cam-tasks]//li[contains(@class, 'task')][contains(normalize-space(.), " + literal(processName) + ")]"
                + "//h4[contains(@class, 'task')]/a[contains(normalize-space(.), " + literal(taskName) + ")]"));
        waitForTaskView(taskName);
    }

    /** Opens a task directly by its id (Tasklist's own link to a task) and waits for the task view. */
    public void openTaskById(String taskId, String taskName) {
        driver.get(tasklistUrl + "#/?task=" + taskId);
        waitForTaskView(taskName);
    }

    /** Claims the open task ("Claimen") and waits until it is assigned. */
    public void claim() {
        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    /** Claims the open task unless it is assigned already (a task assigned to the case director); answers whether it claimed. */
    public boolean claimIfNeeded() {
        List<WebElement> claim = driver.findElements(By.cssSelector("button.claim"));
        if (claim.stream().noneMatch(WebElement::isDisplayed)) {
            return false;
        }
        claim();
        return true;
    }

    /** Clicks "Voltooien" and waits until the task has left the list and the task view. */
    public void complete(String taskName) {
        click(wait.until(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON)));
        waiting().withMessage(() -> "task '" + taskName + "' not completed; form errors: " + formErrors())
                .until(d -> texts("[cam-tasks] li.task h4.task").stream().noneMatch(t -> t.contains(taskName))
                        && texts("[cam-tasklist-task]").stream().noneMatch(t -> t.contains(taskName)));
    }

    /** Clicks "Voltooien" and waits until this process's task of this name has left the list and the task view. */
    public void complete(String taskName, String processName) {
        click(wait.until(ExpectedConditions.elementToBeClickable(COMPLETE_BUTTON)));
        waiting().withMessage(() -> "task '" + taskName + "' not completed; form errors: " + formErrors())
                .until(d -> texts("[cam-tasks] li.task").stream().noneMatch(t -> t.contains(taskName) && t.contains(processName))
                        && texts("[cam-tasklist-task]").stream().noneMatch(t -> t.contains(taskName)));
    }

    /** Waits until a Tasklist notification with this text shows up; answers all notification texts. */
    public String waitForNotification(String text) {
        wait.until(d -> texts(".notifications .alert").stream().anyMatch(t -> t.contains(text)));
        return String.join(" | ", texts(".notifications .alert"));
    }

    // ---------------------------------------------------------------------------------------------- start process

    /**
     * Opens "Proces starten", takes a screenshot of the choice, picks the process by its name and waits for its start
     * form; answers the processes offered.
     */
    public List<String> startProcess(String processName, String screenshotOfChoice) {
        click(By.cssSelector(".start-process-action a"));
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        wait.until(d -> modal.getText().contains(processName));
        List<String> listed = modal.findElements(By.cssSelector(".modal-body a")).stream().map(e -> e.getText().trim())
                .filter(s -> !s.isEmpty()).toList();
        screenshot(screenshotOfChoice);
        click(modal.findElement(By.xpath(".//a[contains(normalize-space(.), " + literal(processName) + ")]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-form")));
        return listed;
    }

    /** Clicks "Starten" in the start dialog once the form is valid. */
    public void submitStartForm() {
        click(wait.until(ExpectedConditions.elementToBeClickable(START_BUTTON)));
    }

    public void waitForModalClosed() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    }

    // ---------------------------------------------------------------------------------------------- form-js fields

    /** The whole visible form, once form-js has rendered its fields and filled in its templates. */
    public Form form() {
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        waiting().withMessage(() -> "the form's templates were not filled in").until(d -> {
            String text = form.getText();
            return !text.isBlank() && !text.contains("{{");
        });
        return new Form(form);
    }

    /** Fields of a Camunda Form (or of one of its groups), found by their visible label. */
    public final class Form {

        private final WebElement root;

        Form(WebElement root) {
            this.root = root;
        }

        public String text() {
            return root.getText();
        }

        /** The group with this label (form-js "group" component with showOutline). */
        public Form group(String label) {
            return new Form(visible(root, By.xpath(".//div[contains(@class,'fjs-form-field-group')][label[" + labelIs(label) + "]]"), label));
        }

        /** Whether a group with this label is shown (the form's conditions hide groups). */
        public boolean hasGroup(String label) {
            return root.findElements(By.xpath(".//div[contains(@class,'fjs-form-field-group')][label[" + labelIs(label) + "]]")).stream()
                    .anyMatch(WebElement::isDisplayed);
        }

        /** The input, textarea or select control of a field, by the text of its label (asterisk ignored). */
        public WebElement control(String label) {
            WebElement labelElement = visible(root, By.xpath(".//label[@for][" + labelIs(label) + "]"), label);
            return root.findElement(By.id(labelElement.getAttribute("for")));
        }

        /** The current value of a text field. */
        public String value(String label) {
            return control(label).getAttribute("value");
        }

        /** Types into a textfield, textarea or number field, replacing what it holds (also a prefilled value). */
        public Form type(String label, String value) {
            WebElement input = control(label);
            scrollIntoView(input);
            String current = input.getAttribute("value");
            if (current != null && !current.isEmpty()) {
                input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            }
            input.sendKeys(value);
            return this;
        }

        /** Ticks (or unticks) a checkbox by its label. */
        public Form check(String label, boolean checked) {
            WebElement box = control(label);
            if (box.isSelected() != checked) {
                click(box);
            }
            wait.until(d -> box.isSelected() == checked);
            return this;
        }

        /** Ticks a checkbox by its label. */
        public Form check(String label) {
            return check(label, true);
        }

        /** Chooses one option of a radio group or ticks options of a checklist, by their labels. */
        public Form choose(String fieldLabel, String... optionLabels) {
            WebElement field = field(fieldLabel);
            for (String option : optionLabels) {
                WebElement optionLabel = field.findElement(By.xpath(".//label[@for][" + labelIs(option) + "]"));
                WebElement input = root.findElement(By.id(optionLabel.getAttribute("for")));
                if (!input.isSelected()) {
                    click(input);
                }
                wait.until(d -> input.isSelected());
            }
            return this;
        }

        /** The option labels of a checklist or radio group. */
        public List<String> options(String fieldLabel) {
            return field(fieldLabel).findElements(By.cssSelector("label.fjs-form-field-label")).stream().skip(1)
                    .map(e -> e.getText().trim()).toList();
        }

        /**
         * Picks an option of a form-js select by its label: the 7.24 Tasklist renders a custom dropdown (a display
         * div, or a text input when searchable), not a native {@code <select>}.
         */
        public Form select(String fieldLabel, String optionLabel) {
            WebElement field = field(fieldLabel);
            List<WebElement> search = field.findElements(By.cssSelector("input.fjs-input[type='text']"));
            if (!search.isEmpty()) {
                click(search.get(0));
                search.get(0).sendKeys(optionLabel);
            } else if (field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()) {
                // a select opens when it gets the focus (for example by TAB from the field before): click only when closed
                click(field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
            }
            // items scrolled out of the list's view have no visible text: match on their content
            WebElement item = waiting().withMessage(() -> "option '" + optionLabel + "' not among "
                            + field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().map(e -> e.getAttribute("textContent")).toList())
                    .until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                            .filter(e -> optionLabel.equals(e.getAttribute("textContent").trim())).findFirst().orElse(null));
            // form-js picks an option on mousedown; a long list may lie under the next row of the form, so dispatch it
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});"
                    + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));", item);
            wait.until(d -> optionLabel.equals(selected(fieldLabel)));
            wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
            return this;
        }

        /** The text a select shows (its display or search input). */
        public String selected(String fieldLabel) {
            WebElement field = field(fieldLabel);
            List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
            return display.isEmpty() ? field.findElement(By.cssSelector("input.fjs-input")).getAttribute("value")
                    : display.get(0).getText();
        }

        /** The labels of the visible fields, without the required asterisk (for asserting what is shown and what is hidden). */
        public List<String> labels() {
            return root.findElements(By.cssSelector("label.fjs-form-field-label")).stream().filter(WebElement::isDisplayed)
                    .map(e -> e.getText().replace("*", "").trim()).toList();
        }

        /** The texts of the cells of the table with this label, row by row. */
        public List<String> tableRows(String label) {
            WebElement table = visible(root, By.xpath(".//div[contains(@class,'fjs-form-field-table')][.//label[" + labelIs(label) + "]]"), label);
            return table.findElements(By.cssSelector("tbody tr")).stream().map(row -> row.getText().replace('\n', ' ')).toList();
        }

        /** Visible inline validation errors. */
        public List<String> errors() {
            return root.findElements(By.cssSelector(".fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).filter(s -> !s.isBlank()).toList();
        }

        /** The address of the link with this text in the form (e.g. "Casusdossier openen"). */
        public String link(String text) {
            return visible(root, By.xpath(".//a[normalize-space(.)=" + literal(text) + "]"), text).getAttribute("href");
        }

        private WebElement field(String label) {
            return visible(root, By.xpath(".//div[contains(@class,'fjs-form-field ') or @class='fjs-form-field']"
                    + "[label[contains(@class,'fjs-form-field-label')][1][" + labelIs(label) + "]]"), label);
        }
    }

    // ---------------------------------------------------------------------------------------------- screenshots

    /**
     * A PNG of the whole page, including what the modal dialog or a task column would only show by scrolling: the
     * viewport is stretched to the tallest scrolled content for the shot.
     */
    public Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        Number height = (Number) driver.executeScript("""
                let extra = 0;
                for (const e of document.querySelectorAll('*')) {
                  const overflow = getComputedStyle(e).overflowY;
                  if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) {
                    extra = Math.max(extra, e.scrollHeight - e.clientHeight);
                  }
                }
                return Math.max(window.innerHeight + extra, document.documentElement.scrollHeight);""");
        long width = ((Number) driver.executeScript("return window.innerWidth;")).longValue();
        long tall = Math.min(height.longValue() + 40, 8000);
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", tall, "deviceScaleFactor", 1, "mobile", false));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return file;
    }

    /** The page source, for diagnosis when a step fails. */
    public Path pageSource(String name) {
        Path file = screenshots.resolve(name + ".html");
        try {
            Files.writeString(file, driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A screenshot and the page source of the moment, for a failing test; never hides the failure itself. */
    public void keepEvidence(String name, Throwable failure) {
        try {
            screenshot(name);
            pageSource(name);
        } catch (RuntimeException evidenceFailed) {
            failure.addSuppressed(evidenceFailed);
        }
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    /** An explicit wait that retries while AngularJS re-renders the element it looks at. */
    private WebDriverWait waiting() {
        WebDriverWait waiting = new WebDriverWait(driver, TIMEOUT);
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting;
    }

    private void waitForTaskView(String taskName) {
        waiting().withMessage(() -> "task view does not show '" + taskName + "'")
                .until(d -> texts("[cam-tasklist-task]").stream().anyMatch(t -> t.contains(taskName)));
    }

    private boolean noTasksNotice() {
        return texts("[cam-tasks] .well").stream().anyMatch(t -> t.contains("Geen taken"));
    }

    private List<String> formErrors() {
        return texts(".fjs-form .fjs-form-field-error").stream().filter(s -> !s.isBlank()).toList();
    }

    /** The texts of the elements matching a CSS selector, read in one go in the page (no stale elements). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }

    /** Scrolls to the middle first: Tasklist's fixed footer would take clicks near the bottom. */
    public void click(By locator) {
        // the element is looked up again on every try: Tasklist re-renders its lists (counts, refreshes), and a wait on
        // an element that went stale would wait on it until the time-out
        waiting().withMessage(() -> "nothing visible and enabled to click at " + locator)
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement element = d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
                    if (element == null || !element.isEnabled()) {
                        return false;
                    }
                    scrollIntoView(element);
                    element.click();
                    return true;
                });
    }

    public void click(WebElement element) {
        scrollIntoView(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void scrollIntoView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    private WebElement visible(SearchContext context, By locator, String what) {
        return waiting().withMessage(() -> "no visible element for '" + what + "' (" + locator + ")")
                .until(d -> context.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /** XPath predicate: the element's text is this label, with or without the required asterisk. */
    private static String labelIs(String label) {
        String literal = literal(label);
        return "normalize-space(.)=" + literal + " or normalize-space(.)=concat(" + literal + ", '*')";
    }

    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        browser.close();
    }
}
