package nl.veiligheidshuis.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.veiligheidshuis.support.HeadlessChromium;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * form-js's own texts in a real Camunda Form in the 7.24 Tasklist (headless Chromium): in Dutch they are Dutch
 * (validation messages, the select and search placeholders, the form designer's pattern message, the date picker),
 * with an English browser they stay English, and what a user types is never changed. See
 * {@code app/tasklist/scripts/form-js-nl.js}. Screenshots go to {@code <build dir>/browser-screenshots/tasklist/}.
 * Skipped when Chromium or its driver is not installed.
 */
@IntegrationTest
class FormStringsBrowserTest {

    static final String REFERRAL_PROCESS = "Casus van aanmelding tot afsluiting";
    static final String SUBJECT_REQUEST_PROCESS = "Verzoek van betrokkene registreren en afhandelen";
    static final String REQUIRED_NL = "Dit veld is verplicht.";
    static final String REQUIRED_EN = "Field is required.";
    /** The referral form's own pattern message for a date of birth (form-js 7.24 itself ignores it). */
    static final String DATE_PATTERN_MESSAGE = "Typ een datum als dd-mm-jjjj, bijvoorbeeld 23-11-2008";
    /** The script's general message for a failed pattern when it does not know the form's own (form-js-nl.js). */
    static final String PATTERN_FALLBACK_NL = "De invoer heeft niet de vereiste vorm.";

    /** Collects the page's uncaught errors, rejected promises and console errors from the first script on. */
    static final String RECORD_ERRORS = """
            window.vhErrors = [];
            window.addEventListener('error', e => window.vhErrors.push('error: ' + e.message));
            window.addEventListener('unhandledrejection', e => window.vhErrors.push('rejection: ' + e.reason));
            const consoleError = console.error;
            console.error = function (...args) {
              window.vhErrors.push('console: ' + args.map(String).join(' '));
              return consoleError.apply(this, args);
            };""";

    @LocalServerPort
    int port;

    HeadlessChromium browser;
    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.available(), "Browser test skipped: " + HeadlessChromium.CHROMIUM + " or "
                + HeadlessChromium.CHROMEDRIVER + " is missing (apt-get install -y chromium chromium-driver)");
        browser = HeadlessChromium.start(1400);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(25));
        wait.ignoring(StaleElementReferenceException.class);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_ERRORS));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDutchPoliceOfficerReadsFormJsMessagesAndPlaceholdersInDutchAndKeepsWhatSheTyped() throws IOException {
        login("politie.utrecht");
        startProcess(REFERRAL_PROCESS);

        // placeholders of an empty select ("Select") and of a searchable select ("Search")
        wait.until(d -> !texts(".modal-dialog .fjs-select-display.fjs-select-placeholder").isEmpty());
        assertThat(texts(".modal-dialog .fjs-select-display.fjs-select-placeholder")).hasSizeGreaterThanOrEqualTo(2)
                .containsOnly("Maak een keuze");
        assertThat(control("Regio").getAttribute("placeholder")).isEqualTo("Zoeken");

        // what a user types is left alone, even when it reads like a form-js text
        control("Woonplaats (gemeente)").sendKeys(REQUIRED_EN);
        control("Wat speelt er en waarom het Veiligheidshuis?").sendKeys("Select");

        // "Starten" on an incomplete form: form-js marks the required fields
        click(driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")));
        wait.until(d -> errorsOf("Voornaam").contains(REQUIRED_NL));
        assertThat(errorsOf("Aanmeldende partner")).containsExactly(REQUIRED_NL);
        assertThat(errorsOf("Leefgebieden met problemen")).containsExactly(REQUIRED_NL);

        // parameterised messages: a maximum and the form designer's message for a pattern
        typeAndLeave("Aantal ketens dat moet samenwerken", "7");
        typeAndLeave("Geboortedatum", "2008-11-23");
        wait.until(d -> errorsOf("Aantal ketens dat moet samenwerken").contains("De waarde mag hoogstens 3 zijn."));
        // the form's own message, read from the form definition Tasklist fetched; once in a PostgreSQL CI run the script
        // had not seen that fetch and showed its general Dutch message instead (cause not found yet: see the webapp
        // README). Either is Dutch; the English "Field must match pattern <regex>" or no message fails.
        wait.until(d -> errorsOf("Geboortedatum").contains(DATE_PATTERN_MESSAGE) || errorsOf("Geboortedatum").contains(PATTERN_FALLBACK_NL));

        // choosing and then clearing a value: the chosen label is shown as it is, the placeholder comes back in Dutch
        chooseOption("Aanmeldende partner", "Politie");
        wait.until(d -> fieldText("Aanmeldende partner").contains("Politie") && errorsOf("Aanmeldende partner").isEmpty());

        driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", control("Regio"));
        saveScreenshot("formulier-teksten-nl");
        List<String> allErrors = texts(".modal-dialog .fjs-form-field-error li");
        assertThat(allErrors).isNotEmpty().contains(REQUIRED_NL)
                .noneMatch(error -> error.matches("^(Field|Value|Please|Date and time) .*"));
        assertThat(driver.findElement(By.cssSelector(".modal-dialog .fjs-form")).getText())
                .doesNotContain(REQUIRED_EN, "Field must", "No results");
        assertThat(control("Woonplaats (gemeente)").getAttribute("value")).isEqualTo(REQUIRED_EN);
        assertThat(control("Wat speelt er en waarom het Veiligheidshuis?").getAttribute("value")).isEqualTo("Select");
        assertThat(pageErrors()).isEmpty();
    }

    @Test
    void theDatePickerOfADutchFormNamesMonthsAndDaysInDutchAndStartsOnMonday() throws IOException {
        login("procesregie.utrecht");
        startProcess(SUBJECT_REQUEST_PROCESS);

        // the placeholder is the browser's date pattern (form-js reads it from Intl), with "jjjj" for the year
        WebElement dateOfBirth = control("Geboortedatum");
        String pattern = dateOfBirth.getAttribute("placeholder");
        assertThat(pattern).matches("(dd|mm)[-/.](dd|mm)[-/.]jjjj").doesNotContain("y");
        String typed = pattern.replace("dd", "23").replace("mm", "11").replace("jjjj", "2008");
        wait.until(d -> !texts(".modal-dialog .flatpickr-weekday").isEmpty()
                && textContents(".modal-dialog .flatpickr-weekday").get(0).equals("ma"));
        assertThat(textContents(".modal-dialog .flatpickr-calendar")).allSatisfy(calendar -> assertThat(calendar)
                .doesNotContain("January", "Sun", "Mon"));
        List<String> weekdays = textContents(".modal-dialog .flatpickr-calendar:first-of-type .flatpickr-weekday");
        assertThat(String.join(" ", weekdays)).contains("ma di wo do vr za zo");
        assertThat(textContents(".modal-dialog .flatpickr-monthDropdown-months option")).contains("januari", "december");

        // a date typed the way the placeholder asks is kept
        click(dateOfBirth);
        dateOfBirth.sendKeys(typed);
        dateOfBirth.sendKeys(Keys.TAB);
        wait.until(d -> typed.equals(dateOfBirth.getAttribute("value")));
        click(driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")));
        wait.until(d -> errorsOf("Ontvangen op").contains(REQUIRED_NL));
        assertThat(errorsOf("Geboortedatum")).isEmpty();
        assertThat(dateOfBirth.getAttribute("value")).isEqualTo(typed);

        // the opened calendar, as a professional sees it
        click(control("Ontvangen op"));
        wait.until(d -> !texts(".modal-dialog .flatpickr-calendar.open").isEmpty());
        assertThat(texts(".modal-dialog .flatpickr-calendar.open .flatpickr-weekdaycontainer").get(0)).startsWith("ma");
        saveScreenshot("datumkiezer-nl");
        assertThat(pageErrors()).isEmpty();
    }

    @Test
    void withAnEnglishBrowserFormJsKeepsItsEnglishTexts() throws IOException {
        driver.get("about:blank");
        String userAgent = (String) driver.executeScript("return navigator.userAgent;");
        driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", "en-US"));
        login("politie.utrecht");
        assertThat((String) driver.executeScript("return navigator.language;")).as("the emulated browser language").startsWith("en");
        assertThat(driver.findElement(By.cssSelector(".start-process-action a")).getText()).as("Tasklist is English")
                .containsIgnoringCase("Start process");

        startProcess(REFERRAL_PROCESS);
        wait.until(d -> !texts(".modal-dialog .fjs-select-display.fjs-select-placeholder").isEmpty());
        assertThat(texts(".modal-dialog .fjs-select-display.fjs-select-placeholder")).containsOnly("Select");
        assertThat(control("Regio").getAttribute("placeholder")).isEqualTo("Search");
        click(driver.findElement(By.cssSelector(".modal-footer button[ng-click='startProcessInstance()']")));
        wait.until(d -> errorsOf("Voornaam").contains(REQUIRED_EN));
        assertThat(texts(".modal-dialog .fjs-form-field-error li")).doesNotContain(REQUIRED_NL);
        saveScreenshot("formulier-teksten-en");
        assertThat(pageErrors()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- Tasklist steps

    private void login(String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        // the first Tasklist of a test run loads 4 MB of scripts: allow a busy build machine more time
        WebElement username = new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.account .dropdown-toggle")));
    }

    private void startProcess(String processName) {
        click(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a"))));
        WebElement modal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        wait.until(d -> modal.getText().contains(processName));
        click(modal.findElement(By.xpath(".//a[contains(normalize-space(.), '" + processName + "')]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog .fjs-form")));
    }

    /** The input, textarea or select input of the first visible field with this label (asterisk ignored). */
    private WebElement control(String label) {
        WebElement labelElement = wait.until(d -> d.findElements(By.xpath("//div[contains(@class,'modal-dialog')]//label[@for]["
                + labelIs(label) + "]")).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        return driver.findElement(By.id(labelElement.getAttribute("for")));
    }

    private void typeAndLeave(String label, String value) {
        WebElement input = control(label);
        click(input);
        input.clear();
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    /** Opens a non-searchable form-js select and picks an option by its label. */
    private void chooseOption(String label, String option) {
        WebElement field = control(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field-select')]"));
        click(field.findElement(By.cssSelector(".fjs-select-display")));
        WebElement item = wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(e -> e.getText().trim().equals(option)).findFirst().orElse(null));
        item.click();
    }

    /** The validation messages shown under the first visible field with this label. */
    @SuppressWarnings("unchecked")
    private List<String> errorsOf(String label) {
        return (List<String>) driver.executeScript("""
                const label = Array.from(document.querySelectorAll('.modal-dialog label.fjs-form-field-label'))
                  .find(l => l.offsetParent !== null && l.textContent.replace('*', '').trim() === arguments[0]);
                const field = label && label.closest('.fjs-form-field');
                return field ? Array.from(field.querySelectorAll('.fjs-form-field-error li')).map(li => li.textContent.trim()) : [];""",
                label);
    }

    private String fieldText(String label) {
        return control(label).findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field-select')]")).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> pageErrors() {
        return (List<String>) driver.executeScript("return window.vhErrors || ['error recorder missing'];");
    }

    /** Visible texts (innerText) of the elements matching a CSS selector. */
    @SuppressWarnings("unchecked")
    private List<String> texts(String css) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim()).filter(t => t);", css);
    }

    /** Texts also of hidden elements (the closed date picker). */
    @SuppressWarnings("unchecked")
    private List<String> textContents(String css) {
        return (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent.trim());", css);
    }

    /** Scrolls to the middle first: Tasklist's fixed footer would take clicks near the bottom. */
    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static String labelIs(String label) {
        return "normalize-space(.)='" + label + "' or normalize-space(.)='" + label + "*'";
    }

    private void saveScreenshot(String name) throws IOException {
        Path directory = Files.createDirectories(screenshotDirectory());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static Path screenshotDirectory() {
        try {
            return Paths.get(FormStringsBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                    .resolve("browser-screenshots").resolve("tasklist");
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
