package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A member of the public at a real browser: the map, a click on Chicago, a filter; nothing fetched from elsewhere. */
@Slow
@MicronautTest(transactional = false)
class PublicMapE2ETest {

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
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMapDrawsAndChicagoShowsEmanuelsStatementWithItsSourceAndAFilterChangesUrlAndMarkers() {
        String base = server.getURL().toString();
        browser.get(base + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map a.marker")));
        List<WebElement> markers = browser.findElements(By.cssSelector("svg.map a.marker"));
        assertThat(markers.stream().map(m -> m.getAttribute("data-slug")))
                .contains("chicago-il", "new-york-ny", "washington-dc", "san-francisco-ca");
        WebElement chicago = browser.findElement(By.cssSelector("svg.map a.marker[data-slug='chicago-il']"));
        assertThat(chicago.getRect().getWidth()).isPositive();
        browser.executeScript("document.querySelector('svg.map').scrollIntoView()");
        Browser.screenshot(browser, "public-map");

        chicago.click();
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait.until(d -> detail.getText().contains("Rahm Emanuel"));
        WebElement emanuel = detail.findElements(By.cssSelector("figure.statement")).stream()
                .filter(f -> f.getText().contains("Rahm Emanuel") && f.getText().contains("penalize Boston"))
                .findFirst()
                .orElseThrow();
        assertThat(emanuel.findElement(By.cssSelector("ul.sources")).getText())
                .contains("Mexican Government Intends to Collaborate With Sanctuary Cities");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/");
        Browser.screenshot(browser, "public-map-chicago");

        new Select(browser.findElement(By.name("stance"))).selectByValue("SANCTUARY");
        wait.until(ExpectedConditions.urlContains("stance=SANCTUARY"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map")));
        List<String> slugs = browser.findElements(By.cssSelector("svg.map a.marker")).stream()
                .map(m -> m.getAttribute("data-slug"))
                .toList();
        assertThat(slugs).contains("washington-dc").doesNotContain("chicago-il", "new-york-ny");
        assertThat(browser.getCurrentUrl()).doesNotContain("kind=").doesNotContain("asOf=");
        Browser.screenshot(browser, "public-map-sanctuary");

        // The browser's own chrome:// pages are not network requests; every http(s) one must stay here.
        List<String> requested = Browser.requestedUrls(browser).stream()
                .filter(url -> !url.startsWith("chrome:") && !url.startsWith("data:") && !url.startsWith("about:"))
                .toList();
        assertThat(requested)
                .isNotEmpty()
                .allSatisfy(url -> assertThat(URI.create(url).getHost()).as(url).isIn("localhost", "127.0.0.1"));
        assertThat(requested).anyMatch(url -> url.endsWith("/assets/map.js"));
    }

    @Test
    void aStatesMapIsZoomedToItWithMarkersOfTheSameSizeOnScreenAndTheWayBackByKeyboard() {
        String base = server.getURL().toString();
        browser.get(base + "/");
        double nationalWidth = browser.findElement(By.cssSelector("svg.map a.marker[data-slug='chicago-il'] path"))
                .getRect()
                .getWidth();
        double illinoisNational = browser.findElement(By.cssSelector("svg.map a[data-slug='illinois-il'] path"))
                .getRect()
                .getHeight();
        browser.get(base + "/?state=IL");
        WebElement chicago = browser.findElement(By.cssSelector("svg.map a.marker[data-slug='chicago-il']"));
        WebElement svg = browser.findElement(By.cssSelector("svg.map"));
        assertThat(svg.getAttribute("class")).contains("zoomed");
        // Illinois fills the map's height; Chicago's marker keeps its size on screen and lies inside the map.
        double illinoisZoomed = browser.findElement(By.cssSelector("svg.map a[data-slug='illinois-il'] path"))
                .getRect()
                .getHeight();
        assertThat(illinoisZoomed).isGreaterThan(3 * illinoisNational);
        double zoomedWidth =
                chicago.findElement(By.cssSelector("path")).getRect().getWidth();
        assertThat(zoomedWidth).isBetween(nationalWidth * 0.7, nationalWidth * 1.5);
        assertThat(chicago.getRect().getY())
                .isBetween(
                        svg.getRect().getY(),
                        svg.getRect().getY() + svg.getRect().getHeight());
        Browser.screenshot(browser, "public-map-illinois");
        // By keyboard: past the filters, the way back to all states, then the map's links.
        WebElement back = browser.findElement(By.linkText("Back to all states"));
        back.sendKeys(org.openqa.selenium.Keys.TAB);
        String next = (String) browser.executeScript("return document.activeElement.getAttribute('data-slug')");
        assertThat(next).isIn("illinois-il", "chicago-il");
        back.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.urlToBe(base + "/"));
    }

    @Test
    void aJurisdictionPageReadsWithoutJavaScript() {
        browser.get(server.getURL() + "/j/chicago-il");
        assertThat(browser.getTitle()).startsWith("Chicago (IL)");
        assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo("Chicago");
        assertThat(browser.findElement(By.id("statements")).getText()).contains("Rahm Emanuel");
    }
}
