package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A click on Save, in a real browser on a laptop screen (1280×800) and a phone (390 px wide): it
 * ends in "Saved" where the person sees it, next to the buttons, and nothing covers a button.
 */
@Slow
@MicronautTest(transactional = false)
class EditorSaveE2ETest {

    /** For each action button: whether the topmost element at its centre is the button itself. */
    private static final String BUTTONS_UNCOVERED = """
            return [...document.querySelectorAll('#editor-actions > vaadin-button')]
              .filter(b => b.offsetParent !== null)
              .map(b => {
                b.scrollIntoView({block: 'center'});
                const r = b.getBoundingClientRect();
                const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return b.id + ':' + (top !== null && (top === b || b.contains(top)));
              });""";
    /** The rectangles of anything floating over the page: notifications and open overlays. */
    private static final String FLOATING_OVER_BUTTONS = """
            const buttons = [...document.querySelectorAll('#editor-actions > vaadin-button')]
              .filter(b => b.offsetParent !== null).map(b => b.getBoundingClientRect());
            const floating = [...document.querySelectorAll('vaadin-notification-card, vaadin-notification-container[opened], [opened][role=dialog]')]
              .map(f => f.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
            const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            return floating.filter(f => buttons.some(b => overlaps(f, b))).length;""";
    /** Where the status line is: inside the viewport, on top, and not over a button. */
    private static final String STATUS_SEEN = """
            const s = document.getElementById('editor-status');
            s.scrollIntoView({block: 'center'});
            const r = s.getBoundingClientRect();
            const top = document.elementFromPoint(r.left + Math.min(r.width, 40) / 2, r.top + r.height / 2);
            const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            const buttons = [...document.querySelectorAll('#editor-actions > vaadin-button')].map(b => b.getBoundingClientRect());
            return {
              inViewport: r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
              onTop: top !== null && (top === s || s.contains(top)),
              overButton: buttons.some(b => overlaps(r, b)),
              belowButtonsBy: r.top - Math.max(...buttons.map(b => b.bottom)),
              viewport: window.innerWidth + 'x' + window.innerHeight
            };""";

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
    private final String unique = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void openBrowser() {
        TestSeeds.ensureLoaded(seeds);
        StaffUi.ensureAccount(accounts, "e2e-editor", StaffRole.EDITOR);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void viewport(int width, int height, boolean mobile) {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private void type(String componentId, String text) {
        WebElement input =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + componentId + " input")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    /** Clicks as a person does: at the button's place on screen, so a cover would take the click. */
    private void clickSave() {
        WebElement save = wait.until(ExpectedConditions.elementToBeClickable(By.id("save")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", save);
        save.click();
    }

    private void saveAndCheckTheOutcomeIsSeen(String name, String screenshot) {
        type("name", name);
        String before =
                String.valueOf(browser.findElement(By.id("editor-status")).getDomProperty("textContent"));
        clickSave();
        try {
            // Saved in the database, and said so on the page (the status may say "Saved." from before).
            wait.until(d -> jurisdictions
                            .findBySlug("e2e-save-" + unique + "-il")
                            .orElseThrow()
                            .getName()
                            .equals(name)
                    && !String.valueOf(d.findElement(By.id("editor-status")).getDomProperty("textContent"))
                            .equals(before)
                    && String.valueOf(d.findElement(By.id("editor-status")).getDomProperty("textContent"))
                            .startsWith("Saved."));
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "failed-" + screenshot);
            throw e;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) browser.executeScript(STATUS_SEEN);
        Browser.screenshot(browser, screenshot);
        assertThat(status)
                .as("the status line at " + status.get("viewport"))
                .containsEntry("inViewport", true)
                .containsEntry("onTop", true)
                .containsEntry("overButton", false);
        assertThat(((Number) status.get("belowButtonsBy")).doubleValue())
                .as("just below the buttons")
                .isBetween(0.0, 48.0);
        @SuppressWarnings("unchecked")
        List<String> buttons = (List<String>) browser.executeScript(BUTTONS_UNCOVERED);
        assertThat(buttons)
                .as("every action button is the topmost element at its centre")
                .contains("save:true")
                .allSatisfy(b -> assertThat(b).endsWith(":true"));
        assertThat(((Number) browser.executeScript(FLOATING_OVER_BUTTONS)).intValue())
                .as("notifications or overlays over the buttons")
                .isZero();
    }

    @Test
    void aSaveEndsInSavedNextToTheButtonsWithNothingOverThemOnALaptopAndOnAPhone() throws InterruptedException {
        Jurisdiction town = new Jurisdiction();
        town.setName("E2E Save " + unique);
        town.setSlug("e2e-save-" + unique + "-il");
        town.setKind(JurisdictionKind.CITY);
        town.setStateCode("IL");
        long id = jurisdictions
                .save(new StaffPrincipal("e2e-editor", StaffRole.EDITOR, false), town, List.of())
                .getId();

        viewport(1280, 800, false);
        Browser.signIn(browser, wait, server.getURL().toString(), "e2e-editor", StaffUi.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        browser.get(server.getURL() + "/admin/jurisdictions/" + id);
        saveAndCheckTheOutcomeIsSeen("E2E Saved once " + unique, "editor-saved-1280x800");

        viewport(390, 844, true);
        // The status line says the time to the second, so that a second "Saved." reads as new.
        Thread.sleep(1100);
        saveAndCheckTheOutcomeIsSeen("E2E Saved on a phone " + unique, "editor-saved-390x844");

        // Someone else saves meanwhile: the save ends in the conflict dialog, and the status says why.
        Jurisdiction theirs = jurisdictions.find(id).orElseThrow();
        theirs.setName("E2E Theirs " + unique);
        theirs.setFips("1799555");
        jurisdictions.save(new StaffPrincipal("e2e-other", StaffRole.EDITOR, false), theirs, List.of());
        type("name", "E2E Mine " + unique);
        clickSave();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("conflict-table")));
        assertThat(String.valueOf(browser.findElement(By.id("editor-status")).getDomProperty("textContent")))
                .startsWith("Not saved yet");
        Browser.screenshot(browser, "editor-conflict-390x844");
        viewport(1280, 800, false);
        Browser.screenshot(browser, "editor-conflict-1280x800");
        assertThat(browser.findElement(By.id("conflict-apply-mine")).getDomProperty("disabled"))
                .isEqualTo("true");
    }
}
