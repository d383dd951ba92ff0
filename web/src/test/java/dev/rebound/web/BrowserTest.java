package dev.rebound.web;

import dev.rebound.api.common.OrganizationId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the browser tests share: the whole application on a random port with its own database, and one headless
 * Chromium for all tests of a class, signed in once. {@link Chromium} finds the browser and its driver, or installs
 * them on Debian and Ubuntu. Screenshots go to {@code target/screenshots/} for review.
 */
@ReboundHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final String TOKEN = ReboundHttpTest.TOKEN;
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort
    int port;

    @Autowired
    WebProperties webProperties;

    ChromeDriver browser;
    WebDriverWait wait;
    ApiClient api;
    Path downloads;

    @BeforeAll
    void startBrowser() throws IOException {
        downloads = Files.createDirectories(Path.of("target", "browser-downloads", getClass().getSimpleName()));
        try (Stream<Path> old = Files.list(downloads)) {
            old.forEach(file -> file.toFile().delete());
        }
        browser = chrome(downloads);
        wait = new WebDriverWait(browser, PATIENCE);
        api = new ApiClient(port, TOKEN);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    OrganizationId organization() {
        return OrganizationId.of(webProperties.defaultOrganizationId());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void open(String path) {
        browser.get(url(path));
    }

    /** Signs in through the sign-in page unless this browser's session is signed in already. */
    void signIn() {
        open("/");
        if (!browser.getCurrentUrl().contains("/sign-in")) {
            return;
        }
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void submit(By form) {
        browser.findElement(form).findElement(By.cssSelector("button[type=submit]")).click();
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** The whole page, not only what the window shows, as {@code target/screenshots/<name>.png}. */
    Path screenshot(String name) {
        Dimension window = browser.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        int pageHeight = (int) Math.min(Math.max(height, 600), 6000);
        browser.manage().window().setSize(new Dimension(window.getWidth(), pageHeight));
        try {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Path target = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(window);
        }
    }

    private static ChromeDriver chrome(Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB", "--hide-scrollbars",
                // this machine reaches no outside host: no background calls to Google, no update checks
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        Chromium.Installation chromium = Chromium.installation();
        options.setBinary(chromium.browser().toFile());
        ChromeDriverService service = chromium.driver() == null
                // a browser but no driver, on a system other than Debian or Ubuntu: Selenium Manager fetches one
                ? ChromeDriverService.createDefaultService()
                : new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver().toFile()).build();
        try {
            return new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not start " + Chromium.describe(chromium) + ".\n"
                    + Chromium.WHAT_TO_INSTALL, e);
        }
    }
}
