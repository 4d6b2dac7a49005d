package nl.veiligheidshuis.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.veiligheidshuis.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class TasklistReferralBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void explore() throws Exception {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=nl", "--user-data-dir=" + Files.createTempDirectory("chromium-"));
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        Path dir = Path.of("/tmp/browser-dev");
        Files.createDirectories(dir);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
            Files.writeString(dir.resolve("01-login.html"), driver.getPageSource());
            driver.findElement(By.cssSelector("input[ng-model='username']")).sendKeys("politie.utrecht");
            driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("demo");
            driver.findElement(By.cssSelector("button[type='submit']")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".start-process-action, [cam-tasklist-navbar-action]")));
            Thread.sleep(3000);
            Files.writeString(dir.resolve("02-inbox.html"), driver.getPageSource());
            Files.write(dir.resolve("02-inbox.png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.findElement(By.cssSelector(".start-process-action a")).click();
            Thread.sleep(3000);
            Files.writeString(dir.resolve("03-start.html"), driver.getPageSource());
            Files.write(dir.resolve("03-start.png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.findElement(By.xpath("//a[contains(normalize-space(.),'Casus van aanmelding tot afsluiting')]")).click();
            Thread.sleep(4000);
            Files.writeString(dir.resolve("04-form.html"), driver.getPageSource());
            Files.write(dir.resolve("04-form.png"), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
            service.stop();
        }
    }
}
