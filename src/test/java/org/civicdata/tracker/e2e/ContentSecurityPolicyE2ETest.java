package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site works in Chromium under its Content-Security-Policy, and the browser reports no
 * violation: the staff UI (sign in, lists, an editor, a save, server push) under the staff policy,
 * the public map (filters, side panel, as-of date, a phone's width) and pages under the strict
 * public one. Each page's policy is checked to be the one in force, so a missing header cannot pass.
 */
@Slow
@MicronautTest(transactional = false)
class ContentSecurityPolicyE2ETest {

    /** The policy the page in the browser was served with (asked again of the same address). */
    private static final String POLICY_OF_THIS_PAGE = """
            const done = arguments[arguments.length - 1];
            fetch(location.href, {credentials: 'same-origin'}).then(r => done(r.headers.get('content-security-policy')))
              .catch(e => done('fetch failed: ' + e));""";

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionService jurisdictions;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private final List<String> violations = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        TestSeeds.ensureLoaded(seeds);
        StaffUi.ensureAccount(accounts, "e2e-editor", StaffRole.EDITOR);
        browser = Browser.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Browser.watchCsp(browser);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void collect(String where, String expectedPolicyStart) {
        Object policy = browser.executeAsyncScript(POLICY_OF_THIS_PAGE);
        assertThat(String.valueOf(policy)).as("policy of " + where).startsWith(expectedPolicyStart);
        Browser.cspViolations(browser).forEach(v -> violations.add(where + ": " + v));
    }

    @Test
    void theStaffUiWorksUnderItsPolicy() throws InterruptedException {
        String base = "http://127.0.0.1:" + server.getPort();
        String unique = UUID.randomUUID().toString().substring(0, 6);
        Jurisdiction town = new Jurisdiction();
        town.setName("E2E CSP " + unique);
        town.setSlug("e2e-csp-" + unique + "-il");
        town.setKind(JurisdictionKind.CITY);
        town.setStateCode("IL");
        long id = jurisdictions
                .save(new StaffPrincipal("e2e-editor", StaffRole.EDITOR, false), town, List.of())
                .getId();

        Browser.signIn(browser, wait, base, "e2e-editor", StaffUi.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        // The grid's total is pushed from the server after the page is shown: push works too.
        wait.until(ExpectedConditions.textMatches(
                By.id("jurisdiction-count"), java.util.regex.Pattern.compile("\\d+ jurisdictions in the database")));
        collect("jurisdictions list", "default-src 'none'; script-src 'self' 'nonce-");

        browser.get(base + "/admin/jurisdictions/" + id);
        WebElement name = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#name input")));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        name.sendKeys("E2E CSP saved " + unique, Keys.TAB);
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
        wait.until(d -> jurisdictions.find(id).orElseThrow().getName().equals("E2E CSP saved " + unique)
                && String.valueOf(d.findElement(By.id("editor-status")).getDomProperty("textContent"))
                        .startsWith("Saved."));
        collect("jurisdiction editor after a save", "default-src 'none'; script-src 'self' 'nonce-");

        browser.get(base + "/admin/statements");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        Thread.sleep(500);
        collect("statements list", "default-src 'none'");
        Browser.screenshot(browser, "csp-staff-statements");

        assertThat(violations).as("CSP violations in the staff UI").isEmpty();
    }

    @Test
    void thePublicSiteWorksUnderItsStrictPolicy() {
        String base = "http://127.0.0.1:" + server.getPort();
        String strict = "default-src 'none'; script-src 'self'; style-src 'self';";
        browser.get(base + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map a.marker")));
        collect("map", strict);

        browser.findElement(By.cssSelector("svg.map a.marker[data-slug='chicago-il']"))
                .click();
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait.until(d -> detail.getText().contains("Rahm Emanuel"));
        collect("map with the side panel", strict);

        new Select(browser.findElement(By.name("stance"))).selectByValue("SANCTUARY");
        wait.until(ExpectedConditions.urlContains("stance=SANCTUARY"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map")));
        collect("map filtered", strict);

        browser.get(base + "/?asOf=2017-06-01");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map")));
        collect("map as of a date", strict);

        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        for (String path :
                List.of("/", "/j/chicago-il", "/codebook", "/api/docs", "/no-such-page", "/j/no-such-place")) {
            browser.get(base + path);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
            collect(path + " at 390 px", strict);
        }
        browser.get(base + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map a.marker")));
        browser.findElement(By.cssSelector("svg.map a.marker[data-slug='chicago-il']"))
                .click();
        wait.until(d -> d.findElement(By.id("detail")).getText().contains("Rahm Emanuel"));
        collect("side panel at 390 px", strict);
        Browser.screenshot(browser, "csp-public-390");

        assertThat(violations).as("CSP violations on the public site").isEmpty();
        assertThat(browser.manage().getCookies())
                .as("the public side sets no cookie")
                .isEmpty();
    }
}
