package nl.veiligheidshuis.browser;

import nl.veiligheidshuis.support.HeadlessChromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda 7.24 Tasklist in headless Debian Chromium, in Dutch: login and logout, the "Proces starten" dialog, the
 * task list and task view, and the fields of a Camunda Form (form-js), found by their visible labels.
 */
final class TasklistPage implements AutoCloseable {

    static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
    static final Path CHROMEDRIVER = HeadlessChromium.CHROMEDRIVER;

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private static final By START_BUTTON = By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']");

    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String tasklistUrl;
    private final Path screenshots;

    private TasklistPage(HeadlessChromium browser, String tasklistUrl, Path screenshots) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = waiting();
        this.tasklistUrl = tasklistUrl;
        this.screenshots = screenshots;
    }

    static boolean chromiumAvailable() {
        return HeadlessChromium.available();
    }

    /** Starts a Dutch headless Chromium with the distribution's ChromeDriver: Selenium Manager never downloads. */
    static TasklistPage open(int port, Path screenshots) throws IOException {
        HeadlessChromium browser = HeadlessChromium.start(1000);
        Files.createDirectories(screenshots);
        return new TasklistPage(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", screenshots);
    }

    WebDriver driver() {
        return driver;
    }

    // ---------------------------------------------------------------------------------------------- login, header

    /** Opens the login page; answers the text of the login button. */
    String openLogin() {
        driver.get(tasklistUrl);
        WebElement button = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form button[type='submit']")));
        wait.until(d -> !button.getText().isBlank());
        return button.getText().trim();
    }

    void login(String user) {
        if (driver.findElements(By.cssSelector("input[ng-model='username']")).stream().noneMatch(WebElement::isDisplayed)) {
            openLogin();
        }
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        username.clear();
        username.sendKeys(user);
        WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account .dropdown-toggle")));
    }

    /** Logs out with the account menu ("Uitloggen") and waits for the login form. */
    void logout() {
        click(By.cssSelector("li.account .dropdown-toggle"));
        click(By.cssSelector("li.logout a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    }

    String navbarText() {
        return driver.findElement(By.cssSelector("[cam-widget-header]")).getText();
    }

    // ---------------------------------------------------------------------------------------------- filters, task list

    /** Waits for the filter list and its counter; answers the filters as "name (count)", e.g. "Werkvoorraad (3)". */
    List<String> filters() {
        wait.until(d -> texts(".task-filters .task-filter .counter").stream().anyMatch(c -> !c.isEmpty()));
        return texts(".task-filters .task-filter h4.name").stream().map(name -> name.replaceAll("\\s+(\\d+)$", " ($1)")).toList();
    }

    /** The names of the tasks in the list, once loaded (waits for either tasks or the "no tasks" notice). */
    List<String> taskNames() {
        filters();
        wait.until(d -> !texts("[cam-tasks] li.task").isEmpty()
                || texts("[cam-tasks] .well").stream().anyMatch(t -> t.contains("Geen taken")));
        return texts("[cam-tasks] li.task h4.task");
    }

    void waitForTaskInList(String text) {
        wait.until(d -> texts("[cam-tasks] li.task h4.task").stream().anyMatch(t -> t.contains(text)));
    }

    void openTask(String text) {
        waitForTaskInList(text);
        click(By.xpath("//*[@cam-tasks]//li[contains(@class, 'task')]//h4[contains(@class, 'task')]/a[contains(normalize-space(.), "
                + literal(text) + ")]"));
        wait.until(d -> texts("[cam-tasklist-task]").stream().anyMatch(t -> t.contains(text)));
    }

    void claim() {
        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }

    /** Clicks "Voltooien" and waits until the task has left the list and the task view. */
    void complete(String taskName) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
        click(button);
        wait.until(d -> texts("[cam-tasks] li.task h4.task").stream().noneMatch(t -> t.contains(taskName))
                && texts("[cam-tasklist-task]").stream().noneMatch(t -> t.contains(taskName)));
    }

    /** Waits until a Tasklist notification with this text shows up; answers all notification texts. */
    String waitForNotification(String text) {
        wait.until(d -> texts(".notifications .alert").stream().anyMatch(t -> t.contains(text)));
        return String.join(" | ", texts(".notifications .alert"));
    }

    // ---------------------------------------------------------------------------------------------- start process

    /**
     * Opens "Proces starten", takes a screenshot of the choice, picks the process by its name and waits for its start
     * form; answers the processes offered.
     */
    List<String> startProcess(String processName, String screenshotOfChoice) {
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
    void submitStartForm() {
        click(wait.until(ExpectedConditions.elementToBeClickable(START_BUTTON)));
    }

    void waitForModalClosed() {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    }

    // ---------------------------------------------------------------------------------------------- form-js fields

    /** The whole visible form. */
    Form form() {
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        return new Form(form);
    }

    /** Fields of a Camunda Form (or of one of its groups), found by their visible label. */
    final class Form {

        private final WebElement root;

        Form(WebElement root) {
            this.root = root;
        }

        String text() {
            return root.getText();
        }

        /** The group with this label (form-js "group" component with showOutline). */
        Form group(String label) {
            return new Form(root.findElement(By.xpath(".//div[contains(@class,'fjs-form-field-group')][label[" + labelIs(label) + "]]")));
        }

        /** The input, textarea or select control of a field, by the text of its label (asterisk ignored). */
        WebElement control(String label) {
            WebElement labelElement = visible(root, By.xpath(".//label[@for][" + labelIs(label) + "]"), label);
            return root.findElement(By.id(labelElement.getAttribute("for")));
        }

        /** Types into a textfield, textarea or number field. */
        Form type(String label, String value) {
            WebElement input = control(label);
            scrollIntoView(input);
            input.clear();
            input.sendKeys(value);
            return this;
        }

        /** Types a date (in the format the date picker asks for) and leaves the field so the picker takes it. */
        Form date(String label, String value) {
            WebElement input = control(label);
            scrollIntoView(input);
            input.clear();
            input.sendKeys(value);
            input.sendKeys(Keys.TAB);
            wait.until(d -> value.equals(input.getAttribute("value")));
            return this;
        }

        /** Ticks (or unticks) a checkbox by its label. */
        Form check(String label, boolean checked) {
            WebElement box = control(label);
            if (box.isSelected() != checked) {
                click(box);
            }
            wait.until(d -> box.isSelected() == checked);
            return this;
        }

        /** Chooses one option of a radio group or ticks options of a checklist, by their labels. */
        Form choose(String fieldLabel, String... optionLabels) {
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

        /**
         * Picks an option of a form-js select by its label: the 7.24 Tasklist renders a custom dropdown (a display
         * div, or a text input when searchable), not a native {@code <select>}.
         */
        Form select(String fieldLabel, String optionLabel) {
            WebElement field = field(fieldLabel);
            List<WebElement> searchInput = field.findElements(By.cssSelector("input.fjs-input[type='text']"));
            if (!searchInput.isEmpty()) {
                click(searchInput.get(0));
                searchInput.get(0).sendKeys(optionLabel);
            } else {
                click(field.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")));
            }
            WebElement item = wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(e -> e.getText().trim().equals(optionLabel)).findFirst().orElse(null));
            click(item);
            wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
            return this;
        }

        /** The text a select shows (its display or search input). */
        String selected(String fieldLabel) {
            WebElement field = field(fieldLabel);
            List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
            return display.isEmpty() ? field.findElement(By.cssSelector("input.fjs-input")).getAttribute("value")
                    : display.get(0).getText();
        }

        /** The labels of the visible fields (for asserting what is shown and what is hidden). */
        List<String> labels() {
            return root.findElements(By.cssSelector("label.fjs-form-field-label")).stream().filter(WebElement::isDisplayed)
                    .map(e -> e.getText().replace("*", "").trim()).toList();
        }

        /** Visible inline validation errors. */
        List<String> errors() {
            return root.findElements(By.cssSelector(".fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).filter(s -> !s.isBlank()).toList();
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
    Path screenshot(String name) {
        Path file = screenshots.resolve(name + ".png");
        Number height = (Number) ((JavascriptExecutor) driver).executeScript("""
                let extra = 0;
                for (const e of document.querySelectorAll('*')) {
                  const overflow = getComputedStyle(e).overflowY;
                  if ((overflow === 'auto' || overflow === 'scroll') && e.scrollHeight > e.clientHeight) {
                    extra = Math.max(extra, e.scrollHeight - e.clientHeight);
                  }
                }
                return Math.max(window.innerHeight + extra, document.documentElement.scrollHeight);""");
        long width = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
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
    Path pageSource(String name) {
        Path file = screenshots.resolve(name + ".html");
        try {
            Files.writeString(file, driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    // ---------------------------------------------------------------------------------------------- plumbing

    /** An explicit wait that retries while AngularJS re-renders the element it looks at. */
    private WebDriverWait waiting() {
        WebDriverWait waiting = new WebDriverWait(driver, TIMEOUT);
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting;
    }

    /** The texts of the elements matching a CSS selector, read in one go in the page (no stale elements). */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }

    /** Scrolls to the middle first: Tasklist's fixed footer would take clicks near the bottom. */
    void click(By locator) {
        for (int attempt = 1; ; attempt++) {
            try {
                click(wait.until(ExpectedConditions.visibilityOfElementLocated(locator)));
                return;
            } catch (StaleElementReferenceException rerendered) {
                if (attempt == 3) {
                    throw rerendered;
                }
            }
        }
    }

    void click(WebElement element) {
        scrollIntoView(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
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
