package org.passage.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Keeps a picture of every page a browser test checks, at a desk's width and a phone's, when the
 * system property {@code browser.screenshots} names a directory ({@code -Dbrowser.screenshots=target/shots}),
 * so a reviewer can look at a whole journey as its user saw it. Without the property it does nothing.
 */
final class Screenshots {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The elements that reach past the phone's screen, outside any box that scrolls on its own. */
    private static final String WIDER_THAN_THE_PHONE = """
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const e of document.querySelectorAll('body *')) {
              if (e.closest('.table-scroll')) continue;
              const r = e.getBoundingClientRect();
              if (r.right > width + 1 && r.width > 0) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                    + ' ' + Math.round(r.right) + 'px');
              }
            }
            return out.slice(0, 20).join('\\n');
            """;

    private Screenshots() {
    }

    static void keep(WebDriver browser) {
        String directory = System.getProperty("browser.screenshots", "");
        if (directory.isBlank() || !(browser instanceof TakesScreenshot camera)) {
            return;
        }
        Dimension size = browser.manage().window().getSize();
        String page = browser.getCurrentUrl().replaceFirst("^https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
        String name = "%03d-%s".formatted(COUNTER.incrementAndGet(), page.length() > 80 ? page.substring(0, 80) : page);
        try {
            Path target = Files.createDirectories(Path.of(directory));
            Files.write(target.resolve(name + "-desk.png"), camera.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(390, size.getHeight()));
            Files.write(target.resolve(name + "-phone.png"), camera.getScreenshotAs(OutputType.BYTES));
            if (browser instanceof JavascriptExecutor script) {
                Object wide = script.executeScript(WIDER_THAN_THE_PHONE);
                if (wide instanceof String found && !found.isEmpty()) {
                    Files.writeString(target.resolve(name + "-phone-overflow.txt"), found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}
