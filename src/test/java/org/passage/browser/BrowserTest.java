package org.passage.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.passage.PassageIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests ({@code *BrowserIT}, run by failsafe in {@code ./mvnw verify}): the whole
 * app on a random port and one headless Debian Chromium per test class.
 *
 * <p>Without /usr/bin/chromium the tests are skipped, except on CI ({@code CI=true}), where a
 * missing browser fails them.
 */
@PassageIntegrationTest
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** The browser of the current test class. */
    protected static WebDriver browser;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message);
            }
            assumeTrue(false, message + "; skipped");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("passage-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        browser = new ChromeDriver(options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
        if (profile != null) {
            deleteQuietly(profile);
            profile = null;
        }
    }

    /**
     * Waits until an element of the previous page is gone and the new page has loaded. Chrome may
     * report a node of a page being replaced with a generic inspector error instead of a stale
     * element, which Selenium's {@code stalenessOf} does not take as gone.
     */
    protected static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(
            org.openqa.selenium.WebElement oldElement) {
        return driver -> {
            try {
                oldElement.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                // gone
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                    throw e;
                }
            }
            return "complete".equals(((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.readyState"));
        };
    }

    /** Opens a path of the running app, e.g. {@code open("/?lang=de")}. */
    protected void open(String path) {
        browser.get(url(path));
    }

    /** The absolute URL of a path of the running app. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
