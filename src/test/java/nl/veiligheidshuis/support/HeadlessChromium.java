package nl.veiligheidshuis.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A Dutch headless Debian Chromium for the browser tests, driven through the distribution's ChromeDriver, so that
 * Selenium Manager never downloads anything (this machine reaches no browser download site). One per test class or
 * test; {@link #close()} quits the browser and removes its temporary profile.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Debian's Chromium and its matching driver (apt-get install chromium chromium-driver); overridable for other machines. */
    public static final Path CHROMIUM = Path.of(System.getProperty("vh.browser.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("vh.browser.chromedriver", "/usr/bin/chromedriver"));

    /**
     * Selenium ships CDP bindings for older Chrome versions and warns about Chromium 156 on every start; the tests use
     * no CDP bindings. Held here so the loggers keep their level.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path userDataDir;

    private HeadlessChromium(ChromeDriverService service, ChromeDriver driver, Path userDataDir) {
        this.service = service;
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /** False on a machine without Debian's Chromium and ChromeDriver: the browser tests are then skipped. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static HeadlessChromium start(int windowHeight) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
        Path userDataDir = Files.createTempDirectory("vh-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400," + windowHeight, "--lang=nl", "--user-data-dir=" + userDataDir);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        try {
            return new HeadlessChromium(service, new ChromeDriver(service, options), userDataDir);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var paths = Files.walk(userDataDir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
