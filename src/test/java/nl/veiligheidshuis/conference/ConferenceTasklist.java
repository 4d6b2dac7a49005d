package nl.veiligheidshuis.conference;

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
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The 7.24 Tasklist in headless Debian Chromium, in Dutch, as far as the conference forms need it: login, open and
 * claim a task, the fields of a Camunda Form by their visible labels, complete, screenshots. (The referral browser
 * test keeps its own page object in its package; this one stays inside the conference package.)
 */
final class ConferenceTasklist implements AutoCloseable {

    static final Path CHROMIUM = HeadlessChromium.CHROMIUM;
    static final Path CHROMEDRIVER = HeadlessChromium.CHROMEDRIVER;
    private static final Duration TIMEOUT = Duration.ofSeconds(25);
    private final HeadlessChromium browser;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String tasklistUrl;
    private final Path screenshots;

    private ConferenceTasklist(HeadlessChromium browser, String tasklistUrl, Path screenshots) {
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

    static ConferenceTasklist open(int port, Path screenshots) throws IOException {
        HeadlessChromium browser = HeadlessChromium.start(1000);
        Files.createDirectories(screenshots);
        return new ConferenceTasklist(browser, "http://localhost:" + port + "/camunda/app/tasklist/default/", screenshots);
    }

    void login(String user) {
        driver.get(tasklistUrl);
        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        username.clear();
        username.sendKeys(user);
        WebElement password = driver.findElement(By.cssSelector("input[ng-model='password']"));
        password.clear();
        password.sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account .dropdown-toggle")));
    }

    void logout() {
        click(By.cssSelector("li.account .dropdown-toggle"));
        click(By.cssSelector("li.logout a"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    }

    /**
     * Opens the task with this name of this process (the list shows both) from the list, claims it and waits for its
     * form. (case-lifecycle's placeholder "Casusoverleg plannen" carries the same task name until it calls this process.)
     */
    Form openAndClaim(String taskName, String processName) {
        wait.until(d -> texts("[cam-tasks] li.task").stream().anyMatch(t -> t.contains(taskName) && t.contains(processName)));
        click(By.xpath("//*[@cam-tasks]//li[contains(@class, 'task')][contains(normalize-space(.), " + literal(processName) + ")]"
                + "//h4[contains(@class, 'task')]/a[contains(normalize-space(.), " + literal(taskName) + ")]"));
        wait.until(d -> texts("[cam-tasklist-task]").stream().anyMatch(t -> t.contains(taskName)));
        click(By.cssSelector("button.claim"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        return new Form(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form"))));
    }

    /** Clicks "Voltooien" and waits until this process's task has left the list and the task view. */
    void complete(String taskName, String processName) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']"))));
        wait.until(d -> texts("[cam-tasks] li.task").stream().noneMatch(t -> t.contains(taskName) && t.contains(processName))
                && texts("[cam-tasklist-task]").stream().noneMatch(t -> t.contains(taskName)));
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

        Form group(String label) {
            return new Form(visible(root, By.xpath(".//div[contains(@class,'fjs-form-field-group')][label[" + labelIs(label) + "]]"), label));
        }

        Form type(String label, String value) {
            WebElement labelElement = visible(root, By.xpath(".//label[@for][" + labelIs(label) + "]"), label);
            WebElement input = root.findElement(By.id(labelElement.getAttribute("for")));
            scrollIntoView(input);
            input.clear();
            input.sendKeys(value);
            return this;
        }

        Form check(String label, boolean checked) {
            WebElement labelElement = visible(root, By.xpath(".//label[@for][" + labelIs(label) + "]"), label);
            WebElement box = root.findElement(By.id(labelElement.getAttribute("for")));
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

        /** The option labels of a checklist or radio group. */
        List<String> options(String fieldLabel) {
            return field(fieldLabel).findElements(By.cssSelector("label.fjs-form-field-label")).stream().skip(1)
                    .map(e -> e.getText().trim()).toList();
        }

        /** Picks an option of a form-js select (a custom dropdown in the 7.24 Tasklist) by its label. */
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

        String selected(String fieldLabel) {
            WebElement field = field(fieldLabel);
            List<WebElement> display = field.findElements(By.cssSelector(".fjs-select-display"));
            return display.isEmpty() ? field.findElement(By.cssSelector("input.fjs-input")).getAttribute("value") : display.get(0).getText();
        }

        /** The labels of the visible fields. */
        List<String> labels() {
            return root.findElements(By.cssSelector("label.fjs-form-field-label")).stream().filter(WebElement::isDisplayed)
                    .map(e -> e.getText().replace("*", "").trim()).toList();
        }

        List<String> errors() {
            return root.findElements(By.cssSelector(".fjs-form-field-error")).stream().filter(WebElement::isDisplayed)
                    .map(WebElement::getText).filter(s -> !s.isBlank()).toList();
        }

        private WebElement field(String label) {
            return visible(root, By.xpath(".//div[contains(@class,'fjs-form-field ') or @class='fjs-form-field']"
                    + "[label[contains(@class,'fjs-form-field-label')][1][" + labelIs(label) + "]]"), label);
        }
    }

    /** A PNG of the page, stretched to the tallest scrolled content. */
    Path screenshot(String name) {
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
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", Math.min(height.longValue() + 40, 8000), "deviceScaleFactor", 1, "mobile", false));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
        return file;
    }

    Path pageSource(String name) {
        Path file = screenshots.resolve(name + ".html");
        try {
            Files.writeString(file, driver.getPageSource());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());", css);
    }

    private void click(By locator) {
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

    /** Scrolls to the middle first: Tasklist's fixed footer would take clicks near the bottom. */
    private void click(WebElement element) {
        scrollIntoView(element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void scrollIntoView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    }

    private WebElement visible(SearchContext context, By locator, String what) {
        WebDriverWait waiting = new WebDriverWait(driver, TIMEOUT);
        waiting.ignoring(StaleElementReferenceException.class);
        return waiting.withMessage(() -> "no visible element for '" + what + "' (" + locator + ")")
                .until(d -> context.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private static String labelIs(String label) {
        String literal = literal(label);
        return "normalize-space(.)=" + literal + " or normalize-space(.)=concat(" + literal + ", '*')";
    }

    private static String literal(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
    }

    @Override
    public void close() {
        browser.close();
    }
}
