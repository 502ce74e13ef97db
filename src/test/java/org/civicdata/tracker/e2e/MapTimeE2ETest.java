package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map over time in Chromium: the slider steps through the dates where something changed, the map
 * and its table are redrawn in place, the URL always says the date shown, Play steps on by itself and
 * Pause stops it; at 390 px the control is whole and above the map; with JavaScript off it is links.
 */
@Slow
@MicronautTest(transactional = false)
class MapTimeE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    SeedLoader seeds;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        TestSeeds.ensureLoaded(seeds);
        browser = Browser.start();
        Browser.watchCsp(browser);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String caption() {
        return browser.findElement(By.cssSelector(".map-figure figcaption")).getText();
    }

    private List<String> steps() {
        return List.of(browser.findElement(By.cssSelector("nav.time"))
                .getAttribute("data-steps")
                .split(" "));
    }

    @Test
    void theSliderAndPlayStepThroughTheDatesRedrawingTheMapWithTheDateInTheUrl() {
        String base = server.getURL().toString();
        browser.get(base + "/?kind=CITY");
        List<String> steps = steps();
        assertThat(steps).hasSizeGreaterThan(3);
        WebElement slider = browser.findElement(By.cssSelector("nav.time input[type=range]"));
        assertThat(slider.getAttribute("value")).isEqualTo(String.valueOf(steps.size()));
        assertThat(browser.findElement(By.cssSelector("nav.time output")).getText())
                .isEqualTo("today");
        assertThat(browser.findElement(By.cssSelector("nav.time label")).getText())
                .startsWith("Date shown:");
        String today = caption();
        Browser.screenshot(browser, "map-time-1280");

        // By keyboard: Home goes to the first date; the map, its caption and the URL follow.
        slider.sendKeys(Keys.HOME);
        wait.until(d -> d.getCurrentUrl().contains("asOf=" + steps.get(0)));
        wait.until(d -> caption().contains("as of " + steps.get(0)));
        assertThat(browser.getCurrentUrl()).contains("kind=CITY");
        assertThat(caption()).isNotEqualTo(today);
        assertThat(browser.findElement(By.cssSelector("nav.time .time-now")).getText())
                .contains("as of " + steps.get(0) + ", date 1 of");
        assertThat(browser.findElement(By.cssSelector("form.filters input[name=asOf]"))
                        .getAttribute("value"))
                .isEqualTo(steps.get(0));
        slider.sendKeys(Keys.ARROW_RIGHT);
        wait.until(d -> d.getCurrentUrl().contains("asOf=" + steps.get(1)));
        wait.until(d -> caption().contains("as of " + steps.get(1)));
        Browser.screenshot(browser, "map-time-1280-step");

        // Play steps on by itself; Pause stops it where it is.
        WebElement play = browser.findElement(By.cssSelector("nav.time button"));
        play.click();
        assertThat(play.getAttribute("aria-pressed")).isEqualTo("true");
        wait.until(d -> d.getCurrentUrl().contains("asOf=" + steps.get(3)));
        play.click();
        assertThat(play.getText()).isEqualTo("Play");
        String paused = browser.getCurrentUrl();
        sleep(2_500);
        assertThat(browser.getCurrentUrl()).isEqualTo(paused);
        assertThat(caption()).contains("as of " + paused.replaceAll(".*asOf=([0-9-]+).*", "$1"));
        // The page reloaded at that URL is the same view: the URL says the date shown.
        browser.navigate().refresh();
        assertThat(caption()).contains("as of " + paused.replaceAll(".*asOf=([0-9-]+).*", "$1"));
        assertThat(Browser.cspViolations(browser)).isEmpty();
    }

    @Test
    void atPhoneWidthTheControlIsWholeAndAboveTheMap() {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(server.getURL() + "/");
        List<String> steps = steps();
        browser.get(server.getURL() + "/?asOf=" + steps.get(1));
        Rectangle nav = browser.findElement(By.cssSelector("nav.time")).getRect();
        Rectangle map = browser.findElement(By.cssSelector("svg.map")).getRect();
        long viewport = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertThat(nav.getX() + nav.getWidth()).isLessThanOrEqualTo((int) viewport);
        assertThat(nav.getY() + nav.getHeight()).isLessThanOrEqualTo(map.getY());
        WebElement slider = browser.findElement(By.cssSelector("nav.time input[type=range]"));
        assertThat(slider.getRect().getWidth()).isGreaterThan(100);
        browser.executeScript("document.querySelector('nav.time').scrollIntoView()");
        Browser.screenshot(browser, "map-time-390");
        Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
        Object wider = browser.executeScript(
                "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > w + 0.5)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 60))"
                        + ".slice(0, 5).join(' | ')");
        assertThat(((Number) scrollWidth).longValue())
                .as("the page is no wider than the phone; wider: %s", wider)
                .isLessThanOrEqualTo(viewport);
        // "What changed since" leads to the diff page, which reads at this width too.
        browser.findElement(By.partialLinkText("What changed since")).click();
        wait.until(d -> d.getCurrentUrl().contains("/changes?from="));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("What changed from");
        assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue())
                .isLessThanOrEqualTo(viewport);
        Browser.screenshot(browser, "changes-390");
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.getURL() + "/changes?from=2010-01-01&to=2020-12-31");
        assertThat(browser.findElements(By.cssSelector("ul.changes > li"))).isNotEmpty();
        Browser.screenshot(browser, "changes-1280");
    }

    @Test
    void withoutJavaScriptTheStepsAreLinks() {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.get(server.getURL() + "/?kind=CITY");
        List<String> steps = steps();
        assertThat(browser.findElements(By.cssSelector("nav.time input[type=range]")))
                .isEmpty();
        browser.findElement(By.partialLinkText("First (")).click();
        wait.until(d -> d.getCurrentUrl().contains("asOf=" + steps.get(0)));
        assertThat(browser.getCurrentUrl()).contains("kind=CITY");
        assertThat(caption()).contains("as of " + steps.get(0));
        browser.findElement(By.cssSelector("nav.time a[rel=next]")).click();
        wait.until(d -> d.getCurrentUrl().contains("asOf=" + steps.get(1)));
        assertThat(caption()).contains("as of " + steps.get(1));
        browser.findElement(By.partialLinkText("Latest")).click();
        wait.until(d -> !d.getCurrentUrl().contains("asOf="));
        assertThat(caption()).contains("as of today");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
