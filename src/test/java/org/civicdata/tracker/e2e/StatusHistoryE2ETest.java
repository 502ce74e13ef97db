package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.editing.CitationFixtures;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterService;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseFilter;
import org.civicdata.tracker.record.funding.CourtCaseService;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.status.StatusHistories;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A letter's "Status history" section in Chromium, on a laptop (1280 px) and a phone (390 px): the
 * entries are listed in history order with their labels, the page does not scroll sideways, and the
 * section is kept as a screenshot (target/e2e-screenshots/status-history-*); every row's Edit and Remove
 * are in view and reached by the keyboard, on the letter, threat and court-case editors; the court-case
 * list shows and filters by each case's status (court-case-list-status-*).
 */
@Slow
@MicronautTest(transactional = false)
class StatusHistoryE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SeedLoader seeds;

    @Inject
    DojLetterService letters;

    @Inject
    RecordEditService editor;

    @Inject
    CourtCaseService courtCases;

    @Inject
    RecordWriter writer;

    /**
     * The element is inside the window and is what the page shows at its corners and centre (not clipped
     * by the grid's scroller, nor under its frozen columns).
     */
    private static boolean shownWhole(ChromeDriver browser, WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const e = arguments[0];
                e.scrollIntoView({block: 'center', inline: 'nearest'});
                const r = e.getBoundingClientRect();
                if (r.width === 0 || r.left < 0 || r.right > window.innerWidth) return false;
                const points = [[r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]];
                return points.every(([x, y]) => { const at = document.elementFromPoint(x, y); return at === e || e.contains(at); });
                """, element);
    }

    /** From row 1's status cell, End goes to its actions, Enter to its Edit button, Tab to Remove; Edit by keyboard opens the entry (left open: the page is loaded again next). */
    private static void reachedByKeyboard(ChromeDriver browser, WebElement section) {
        WebElement status = section.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Sent"))
                .findFirst()
                .orElseThrow();
        status.click();
        new Actions(browser).sendKeys(Keys.END).sendKeys(Keys.ENTER).perform();
        assertThat(activeId(browser)).isEqualTo("status-entry-edit-1");
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(activeId(browser)).isEqualTo("status-entry-remove-1");
        new Actions(browser)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .sendKeys(Keys.ENTER)
                .perform();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("status-entry-add")).getText().contains("Change"));
    }

    private static Object activeId(ChromeDriver browser) {
        return ((JavascriptExecutor) browser).executeScript("return document.activeElement.id");
    }

    @Test
    void theSectionListsTheEntriesOnALaptopAndAPhone() {
        TestSeeds.ensureLoaded(seeds);
        Source source = new CitationFixtures(editor, writer).source("U.S. DOJ press release");
        DojLetter l = new DojLetter();
        l.setRecipients("Chicago, IL (status history screenshot)");
        DojLetter letter = letters.save(
                CitationFixtures.EDITOR,
                l,
                List.of(source.getId()),
                StatusHistories.of(
                        StatusHistories.entry(LetterStatus.SENT, "2017-08-03", source.getId()),
                        StatusHistories.entry(LetterStatus.RESPONDED, "2017-10", source.getId()),
                        StatusHistories.entry(LetterStatus.FOUND_NON_COMPLIANT, "2018-01-24", source.getId())));
        StaffUi.ensureAccount(accounts, "history-editor", StaffRole.EDITOR);
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            String base = server.getURL().toString();
            browser.manage().window().setSize(new Dimension(1280, 800));
            Browser.signIn(browser, wait, base, "history-editor", StaffUi.PASSWORD);
            wait.until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
            for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                browser.get(base + "/admin/letters/" + letter.getId());
                WebElement section = wait.until(d -> d.findElements(By.id("status-history")).stream()
                        .findFirst()
                        .orElse(null));
                wait.until(d -> section.getText().contains("Found non-compliant"));
                ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true)", section);
                Browser.screenshot(browser, "status-history-letter-" + size.getWidth());
                String text = section.getText();
                assertThat(text.indexOf("Sent")).isLessThan(text.indexOf("Responded"));
                assertThat(text.indexOf("Responded")).isLessThan(text.indexOf("Found non-compliant"));
                assertThat(text).contains("2017-10").contains("U.S. DOJ press release");
                Object sideways = ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth > window.innerWidth");
                assertThat(sideways)
                        .as("the page scrolls sideways at %s px", size.getWidth())
                        .isEqualTo(false);
                for (String action : List.of("status-entry-edit-", "status-entry-remove-")) {
                    for (int row = 1; row <= 3; row++) {
                        assertThat(shownWhole(browser, browser.findElement(By.id(action + row))))
                                .as("%s%s in view, not under another element, at %s px", action, row, size.getWidth())
                                .isTrue();
                    }
                }
                reachedByKeyboard(browser, section);
            }
            // The threat and court-case editors have the same section: their row actions are in view too.
            CourtCase orrick = courtCases
                    .page(new CourtCaseFilter("Orrick", null, null), 0, 1, List.of())
                    .get(0);
            for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (String editor :
                        List.of("threats/" + orrick.getFundingThreatId(), "court-cases/" + orrick.getId())) {
                    browser.get(base + "/admin/" + editor);
                    WebElement edit = wait.until(d -> d.findElements(By.id("status-entry-edit-1")).stream()
                            .findFirst()
                            .orElse(null));
                    assertThat(shownWhole(browser, edit))
                            .as("%s at %s px", editor, size.getWidth())
                            .isTrue();
                    assertThat(shownWhole(browser, browser.findElement(By.id("status-entry-remove-1"))))
                            .as("%s at %s px", editor, size.getWidth())
                            .isTrue();
                    Browser.screenshot(
                            browser,
                            "status-history-" + editor.replace('/', '-').replaceAll("-[0-9]+$", "") + "-"
                                    + size.getWidth());
                }
            }
            // The court-case list shows each case's status by its label, and filters by it.
            for (Dimension size : List.of(new Dimension(1280, 800), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                browser.get(base + "/admin/court-cases?status=RULED");
                WebElement list = wait.until(d -> d.findElements(By.id("court-cases")).stream()
                        .findFirst()
                        .orElse(null));
                wait.until(d -> list.getText().contains("Ruled"));
                Browser.screenshot(browser, "court-case-list-status-" + size.getWidth());
                assertThat(list.getText()).doesNotContain("RULED", "Filed", "Closed");
            }
        } finally {
            browser.quit();
        }
    }
}
