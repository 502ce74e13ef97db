package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The public pages on a 390 px wide phone: everything fits the width, nothing scrolls sideways. */
@Slow
@MicronautTest(transactional = false)
class PhoneWidthE2ETest {

    private static final int PHONE_WIDTH = 390;

    @Inject
    EmbeddedServer server;

    @Inject
    SeedLoader seeds;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openPhoneBrowser() {
        TestSeeds.ensureLoaded(seeds);
        browser = Browser.start();
        // A phone's viewport (as Chromium's device emulation gives it), honouring the pages' viewport meta.
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long pageWidthAt(String path, String screenshot) {
        browser.get(server.getURL() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.site")));
        assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue())
                .as("the viewport is a phone's")
                .isEqualTo(PHONE_WIDTH);
        Browser.screenshot(browser, screenshot);
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight / 2)");
        Browser.screenshot(browser, screenshot + "-middle");
        return ((Number) browser.executeScript("return document.scrollingElement.scrollWidth")).longValue();
    }

    @Test
    void theMapPageFitsAPhone() {
        assertThat(pageWidthAt("/", "phone-map")).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void aJurisdictionsPageWithItsTablesFitsAPhone() {
        assertThat(pageWidthAt("/j/chicago-il", "phone-chicago")).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(browser.findElement(By.id("statements")).getText())
                .as("the statements are still there to read")
                .contains("Rahm Emanuel");
        assertThat(pageWidthAt("/j/washington-dc", "phone-washington-dc")).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(browser.findElement(By.id("positions")).getText()).contains("Self-declared sanctuary", "Yes");
        assertThat(browser.findElement(By.cssSelector("#positions td[data-label=Value]"))
                        .getCssValue("display"))
                .as("on a phone a table's cells stack, each on its own line")
                .isEqualTo("block");
    }

    @Test
    void theCodebookFitsAPhone() {
        assertThat(pageWidthAt("/codebook", "phone-codebook")).isLessThanOrEqualTo(PHONE_WIDTH);
    }
}
