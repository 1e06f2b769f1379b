package org.passage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class SwaggerUiBrowserIT extends BrowserTest {

    @Test
    void swaggerUiRendersUnderTheContentSecurityPolicy() {
        open("/swagger-ui.html");

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title")).getText()).contains("Passage API");
    }
}
