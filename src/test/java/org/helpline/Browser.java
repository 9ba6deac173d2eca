package org.helpline;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for browser tests. It never downloads a browser:
 * it uses {@code HELPLINE_TEST_BROWSER} and {@code HELPLINE_TEST_CHROMEDRIVER} (default the Debian
 * paths) and skips the test when they are missing.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Opens a browser whose preferred language is {@code language} (Accept-Language). */
    public static Browser open(int port, String language) throws Exception {
        return open("http://localhost:" + port, language);
    }

    /** Opens a browser on the application at {@code base} (e.g. {@code http://127.0.0.1:8080}). */
    public static Browser open(String base, String language) throws Exception {
        var binary = envOr("HELPLINE_TEST_BROWSER", "/usr/bin/chromium");
        var driverPath = envOr("HELPLINE_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
        Assumptions.assumeTrue(
                new File(binary).canExecute() && new File(driverPath).canExecute(),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        var profile = Files.createTempDirectory("helpline-chromium");
        var options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                // Bootstrap scrolls smoothly otherwise, and a click may land while the page still moves.
                "--force-prefers-reduced-motion",
                "--window-size=1280,1000",
                "--lang=" + language,
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath))
                .build();
        return new Browser(new ChromeDriver(service, options), base, profile);
    }

    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** Signs in with a password: the e-mail first, then the password step. */
    public Browser signIn(String login, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("next")).click();
        waitFor(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitFor(By.tagName("h1"));
        return this;
    }

    /** Signs out through the layout's form, which on a phone sits inside the folded menu. */
    public Browser signOut() {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.querySelector(\"form[action$='/logout']\").requestSubmit()");
        waitFor(By.id("username"));
        return this;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element shows exactly this text, e.g. after a form submitted by a script. */
    public void waitForText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBe(locator, text));
    }

    /** Waits until the element contains the text, re-finding it while the page is being replaced. */
    public void waitForTextContaining(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** The element's text, re-found if the page was replaced while it was read. */
    public String text(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(current -> {
                    var element = current.findElement(locator);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /**
     * What pages wrote to the browser's console since the last call, level first: script errors and
     * what the Content-Security-Policy refused.
     */
    public List<String> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
