package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Browser tests that walk a journey by keyboard only: Space chooses, Enter sends, and axe-core
 * checks every page before it is left.
 */
public abstract class KeyboardBrowserTest extends BrowserTest {

    protected String heading() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    protected void checkAxe() {
        assertThat(Axe.seriousViolations(browser)).as("axe on " + browser.getCurrentUrl()).isEmpty();
        Screenshots.keep(browser);
    }

    /** Checks the page, then sends the page's main form with the keyboard and waits for the next page. */
    protected void submit() {
        checkAxe();
        send(By.cssSelector("main form button[type='submit'].button:not(.button--secondary)"));
    }

    /** Presses Enter on a button or link and waits for the next page. */
    protected void send(By element) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(element).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(replaced(page));
    }

    protected void press(By element, Keys key) {
        browser.findElement(element).sendKeys(key);
    }

    protected void choose(String name, String value) {
        press(By.cssSelector("input[name='" + name + "'][value='" + value + "']"), Keys.SPACE);
    }

    protected void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    protected void date(String name, LocalDate date) {
        type(name + "-day", String.valueOf(date.getDayOfMonth()));
        type(name + "-month", String.valueOf(date.getMonthValue()));
        type(name + "-year", String.valueOf(date.getYear()));
    }

    protected void select(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }
}
