package nl.veiligheidshuis.plan;

import nl.veiligheidshuis.support.HeadlessChromium;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 7.24 Tasklist in headless Debian Chromium, just enough for the plan's forms: login, open and claim a task, read
 * the rendered form (texts, tables, which fields the conditions show) and fill its fields by their labels. The
 * browser package has its own, package-private page object; this one stays with the plan's browser test.
 */
final class PlanTasklist implements AutoCloseable {

    static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
    static final Path CHROMEDRIVER = HeadlessChromium.CHROMEDRIVER;

    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String tasklistUrl;
    private final Path screenshots;

    private PlanTasklist(HeadlessChromium browser, String tasklistUrl, Path screenshots) {
        this.browser = browser;
        this.driver = browser.driver();
        this.wait = new WebDriverWait(driver, TIMEOUT);
        this.wait.ignoring(StaleElementReferenceException.class);
        this.tasklistUrl = tasklistUrl;
        this.screenshots = screenshots;
    }

    static boolean chromiumAvailable() {
        return HeadlessChromium.available();
    }

    static PlanTasklist open(int port, Path screenshots) throws IOException {
        HeadlessChromium browser = HeadlessChromium.start(1000);
        Files.createDirectories(screenshots);
        return new PlanTasklist(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", screenshots);
    }

    void login(String user) {
        driver.get(tasklistUrl);
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account .dropdown-toggle")));
    }

    void logout() {
        click(By.cssSelector("li.account .dropdown-toggle"));
        click(By.cssSelector("li.logout a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    }

    /** Opens a task directly by its id, claims it when it is not assigned yet, and waits for its Camunda Form. */
    Form openTask(String taskId, String taskName) {
        driver.get(tasklistUrl + "#/?task=" + taskId);
        wait.until(d -> texts("[cam-tasklist-task]").stream().anyMatch(t -> t.contains(taskName)));
        List<WebElement> claim = driver.findElements(By.cssSelector("button.claim"));
        if (claim.stream().anyMatch(WebElement::isDisplayed)) {
            click(claim.get(0));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        }
        return new Form(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form"))));
    }

    /** Clicks "Voltooien" and waits until the task view no longer shows the task. */
    void complete(String taskName) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));
        wait.until(d -> texts("[cam-tasklist-task]").stream().noneMatch(t -> t.contains(taskName)));
    }

    void screenshot(String name) {
        try {
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        browser.close();
    }

    /** A Camunda Form (or one of its groups): fields found by their visible labels. */
    final class Form {

        private final WebElement root;

        Form(WebElement root) {
            this.root = root;
        }

        String text() {
            return root.getText();
        }

        Form group(String label) {
            return new Form(visible(root, By.xpath(".//div[contains(@class,'fjs-form-field-group')][label[" + labelIs(label) + "]]"), label));
        }

        boolean hasGroup(String label) {
            return root.findElements(By.xpath(".//div[contains(@class,'fjs-form-field-group')][label[" + labelIs(label) + "]]")).stream()
                    .anyMatch(WebElement::isDisplayed);
        }

        /** The labels of the visible fields, without the required asterisk. */
        List<String> labels() {
            return root.findElements(By.cssSelector("label.fjs-form-field-label")).stream().filter(WebElement::isDisplayed)
                    .map(e -> e.getText().replace("*", "").trim()).toList();
        }

        /** The texts of the cells of the table with this label, row by row. */
        List<String> tableRows(String label) {
            WebElement table = visible(root, By.xpath(".//div[contains(@class,'fjs-form-field-table')][.//label[" + labelIs(label) + "]]"), label);
            return table.findElements(By.cssSelector("tbody tr")).stream().map(row -> row.getText().replace('\n', ' ')).toList();
        }

        WebElement control(String label) {
            WebElement labelElement = visible(root, By.xpath(".//label[@for][" + labelIs(label) + "]"), label);
            return root.findElement(By.id(labelElement.getAttribute("for")));
        }

        String value(String label) {
            return control(label).getAttribute("value");
        }

        Form type(String label, String value) {
            WebElement input = control(label);
            scrollIntoView(input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(value);
            return this;
        }

        Form check(String label) {
            WebElement box = control(label);
            if (!box.isSelected()) {
                click(box);
            }
            wait.until(d -> box.isSelected());
            return this;
        }

        /** Chooses a radio option or ticks checklist options by their labels. */
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

        /** Picks an option of a form-js select (a custom dropdown in the 7.24 Tasklist) by its label. */
        Form select(String fieldLabel, String optionLabel) {
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
            WebElement item = new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
                    .withMessage(() -> "option '" + optionLabel + "' not among " + field.findElements(By.cssSelector(".fjs-dropdownlist-item"))
                            .stream().map(e -> e.getAttribute("textContent")).toList())
                    .until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                    .filter(e -> optionLabel.equals(e.getAttribute("textContent").trim())).findFirst().orElse(null));
            // form-js picks an option on mousedown; a long list may lie under the next row of the form, so dispatch it
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});"
                    + "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));", item);
            wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty()
                    || optionLabel.equals(selected(fieldLabel)));
            return this;
        }

        String selected(String fieldLabel) {
            WebElement field = field(fieldLabel);
            List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
            return display.isEmpty() ? field.findElement(By.cssSelector("input.fjs-input")).getAttribute("value") : display.get(0).getText();
        }

        private WebElement field(String label) {
            return visible(root, By.xpath(".//div[contains(@class,'fjs-form-field ') or @class='fjs-form-field']"
                    + "[label[contains(@class,'fjs-form-field-label')][1][" + labelIs(label) + "]]"), label);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }

    private void click(By locator) {
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(locator)));
    }

    /** Scrolls to the middle first: Tasklist's fixed footer would take clicks near the bottom. */
    private void click(WebElement element) {
        scrollIntoView(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void scrollIntoView(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    private WebElement visible(SearchContext context, By locator, String what) {
        return new WebDriverWait(driver, TIMEOUT).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "no visible element for '" + what + "' (" + locator + ")")
                .until(d -> context.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static String labelIs(String label) {
        String literal = literal(label);
        return "normalize-space(.)=" + literal + " or normalize-space(.)=concat(" + literal + ", '*')";
    }

    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
