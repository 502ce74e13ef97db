package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.civicdata.tracker.record.designation.DesignationRepository;
import org.civicdata.tracker.record.designation.Designator;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.dojletter.LetterStatus;
import org.civicdata.tracker.record.event.EventKind;
import org.civicdata.tracker.record.event.EventRepository;
import org.civicdata.tracker.record.event.FigureQualifier;
import org.civicdata.tracker.record.event.FigureUnit;
import org.civicdata.tracker.record.funding.CourtCaseRepository;
import org.civicdata.tracker.record.funding.FundingThreatRepository;
import org.civicdata.tracker.record.funding.ThreatInstrument;
import org.civicdata.tracker.record.funding.ThreatStatus;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.PersonRepository;
import org.civicdata.tracker.record.policy.PolicyPositionRepository;
import org.civicdata.tracker.record.policy.PolicyValue;
import org.civicdata.tracker.record.policy.PolicyVariable;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.source.SourceRepository;
import org.civicdata.tracker.record.statement.StatementKind;
import org.civicdata.tracker.record.statement.StatementRepository;
import org.civicdata.tracker.record.statement.Venue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new staff member's walk through every staff screen in Chromium, as each role, on a laptop
 * (1280×800) and a phone (390×844): every list and one seeded record's editor of every type. Each
 * screen is kept as a screenshot (target/e2e-screenshots/walk-*) and checked for what a person
 * would notice first: Java's text, raw codes instead of words, a page that scrolls sideways, and
 * buttons that something else covers. Problems are collected over the whole walk and reported
 * together, one line a screen.
 */
@Slow
@MicronautTest(transactional = false)
class StaffWalkthroughE2ETest {

    /** Words of Java's, or of a server's error page, that a staff member must never read. */
    private static final Pattern JAVA_TEXT = Pattern.compile(
            "Exception|java\\.|jakarta\\.|Could not navigate|NullPointer|Stacktrace|at org\\.civicdata");

    /** Laptop and phone. */
    private static final Map<String, Dimension> SIZES = Map.of(
            "1280", new Dimension(1280, 800),
            "390", new Dimension(390, 844));

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SeedLoader seeds;

    @Inject
    JurisdictionRepository jurisdictions;

    @Inject
    StatementRepository statements;

    @Inject
    PersonRepository people;

    @Inject
    SourceRepository sources;

    @Inject
    PolicyPositionRepository positions;

    @Inject
    DesignationRepository designations;

    @Inject
    DojLetterRepository letters;

    @Inject
    FundingThreatRepository threats;

    @Inject
    CourtCaseRepository courtCases;

    @Inject
    EventRepository events;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private final List<String> problems = new ArrayList<>();

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

    @Test
    void anEditorReadsEveryListAndEditorInWordsOnALaptopAndAPhone() {
        walk("walk-editor", StaffRole.EDITOR, screens());
        assertThat(problems).as("what the walk found, one line a screen").isEmpty();
    }

    @Test
    void aContributorReadsEveryEditorInWordsAndIsOfferedNoEditorsAction() {
        Map<String, String> editors = new LinkedHashMap<>();
        screens().forEach((name, path) -> {
            if (name.endsWith("-editor")) {
                editors.put(name, path);
            }
        });
        walk("walk-contributor", StaffRole.CONTRIBUTOR, editors);
        assertThat(problems).as("what the walk found, one line a screen").isEmpty();
    }

    @Test
    void anAdminReadsTheAccountsActivityAndReviewScreensInWords() {
        Map<String, String> adminScreens = new LinkedHashMap<>();
        adminScreens.put("accounts", "/admin/accounts");
        adminScreens.put("activity", "/admin/activity");
        adminScreens.put("review", "/admin/review");
        walk("walk-admin", StaffRole.ADMIN, adminScreens);
        assertThat(problems).as("what the walk found, one line a screen").isEmpty();
    }

    /** Every list, and the editor of the first seeded (published) record of each type. */
    private Map<String, String> screens() {
        Map<String, String> screens = new LinkedHashMap<>();
        for (String list : List.of(
                "review",
                "jurisdictions",
                "positions",
                "designations",
                "letters",
                "threats",
                "court-cases",
                "statements",
                "events",
                "people",
                "sources",
                "activity",
                "import/jurisdictions",
                "import/statements")) {
            screens.put(list.replace('/', '-') + "-list", "/admin/" + list);
        }
        screens.put(
                "jurisdictions-editor",
                "/admin/jurisdictions/"
                        + jurisdictions.findAll().stream()
                                .filter(j -> "chicago-il".equals(j.getSlug()))
                                .findFirst()
                                .orElseThrow()
                                .getId());
        screens.put("positions-editor", "/admin/positions/" + firstPublished(positions.findAll().stream()));
        screens.put("designations-editor", "/admin/designations/" + firstPublished(designations.findAll().stream()));
        screens.put("letters-editor", "/admin/letters/" + firstPublished(letters.findAll().stream()));
        screens.put("threats-editor", "/admin/threats/" + firstPublished(threats.findAll().stream()));
        screens.put("court-cases-editor", "/admin/court-cases/" + firstPublished(courtCases.findAll().stream()));
        screens.put("statements-editor", "/admin/statements/" + firstPublished(statements.findAll().stream()));
        screens.put("events-editor", "/admin/events/" + firstPublished(events.findAll().stream()));
        screens.put("people-editor", "/admin/people/" + firstPublished(people.findAll().stream()));
        screens.put("sources-editor", "/admin/sources/" + firstPublished(sources.findAll().stream()));
        return screens;
    }

    private static long firstPublished(Stream<? extends org.civicdata.tracker.core.common.PublishableRecord> records) {
        return records.filter(r -> r.getPublicationState() == PublicationState.PUBLISHED && r.getSeedKey() != null)
                .mapToLong(r -> r.getId())
                .min()
                .orElseThrow();
    }

    private void walk(String prefix, StaffRole role, Map<String, String> screens) {
        String username = "walk-" + role.name().toLowerCase(java.util.Locale.ROOT);
        StaffUi.ensureAccount(accounts, username, role);
        String base = server.getURL().toString();
        browser.manage().window().setSize(SIZES.get("1280"));
        Browser.signIn(browser, wait, base, username, StaffUi.PASSWORD);
        wait.until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
        for (Map.Entry<String, String> screen : screens.entrySet()) {
            for (Map.Entry<String, Dimension> size : SIZES.entrySet()) {
                browser.manage().window().setSize(size.getValue());
                browser.get(base + screen.getValue());
                settle();
                String where = screen.getKey() + " at " + size.getKey() + " px (" + screen.getValue() + ")";
                Browser.screenshot(browser, prefix + "-" + screen.getKey() + "-" + size.getKey());
                check(where, role, screen.getKey().endsWith("-editor"));
                // The staff Content-Security-Policy blocks nothing the screen needs.
                Browser.cspViolations(browser).forEach(v -> problems.add(where + ": " + v));
            }
        }
    }

    /** Waits until the page is drawn and Vaadin has no request in flight. */
    private void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "return document.readyState === 'complete' && !!document.querySelector('vaadin-app-layout, vaadin-login-overlay, vaadin-login-form')"
                                + " && !(window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                                + "      .some(c => c.isActive && c.isActive()))")));
        try {
            Thread.sleep(300); // let the last pushed changes render
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(String where, StaffRole role, boolean editor) {
        JavascriptExecutor js = browser;
        String text = String.valueOf(js.executeScript("return document.body.innerText"));
        Matcher java = JAVA_TEXT.matcher(text);
        if (java.find()) {
            problems.add(where + ": shows Java's text near \"" + around(text, java.start()) + "\"");
        }
        Set<String> codes = rawCodes(text);
        if (!codes.isEmpty()) {
            problems.add(where + ": shows raw codes " + codes);
        }
        // The page, or any part of it that scrolls (the staff layout's content area scrolls, not the
        // document), must not scroll sideways: what lies beyond the right edge is unseen on a phone.
        // Grids are tables and may scroll sideways inside themselves.
        Object sideways = js.executeScript("""
                const wide = [];
                const visit = (el) => {
                  if (el.tagName === 'VAADIN-GRID') return;
                  const scrolls = el === document.scrollingElement || ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
                  const by = el.scrollWidth - el.clientWidth;
                  if (scrolls && by > 1) wide.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('part') ? '[part=' + el.getAttribute('part') + ']' : '') + ' by ' + by + ' px');
                  for (const child of el.children) visit(child);
                  if (el.shadowRoot) for (const child of el.shadowRoot.children) visit(child);
                };
                visit(document.scrollingElement);
                return wide;""");
        if (sideways instanceof List<?> list && !list.isEmpty()) {
            problems.add(where + ": scrolls sideways " + list);
        }
        Object covered = js.executeScript("""
                const covered = [];
                for (const b of document.querySelectorAll('vaadin-button')) {
                  const r = b.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0 || getComputedStyle(b).visibility === 'hidden') continue;
                  const x = r.left + r.width / 2, y = r.top + r.height / 2;
                  if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
                  const hit = document.elementFromPoint(x, y);
                  // A row half scrolled out of its grid's view is under the grid itself: it scrolls, not covered.
                  if (hit && hit.tagName === 'VAADIN-GRID' && hit.contains(b)) continue;
                  if (hit && !(hit === b || b.contains(hit) || b.shadowRoot && b.shadowRoot.contains(hit)))
                    covered.push((b.innerText || b.id).trim() + ' under ' + hit.tagName.toLowerCase());
                }
                return covered;""");
        if (covered instanceof List<?> list && !list.isEmpty()) {
            problems.add(where + ": covered buttons " + list);
        }
        if (editor && role == StaffRole.CONTRIBUTOR) {
            // Every record walked is published: a contributor may neither change nor revert it.
            Object offered = js.executeScript("""
                    return [...document.querySelectorAll('#save, #publish, #unpublish, #delete, [id^="revert-v"]')]
                        .filter(b => b.offsetParent !== null && !b.hasAttribute('disabled'))
                        .map(b => b.id);""");
            if (offered instanceof List<?> list && !list.isEmpty()) {
                problems.add(where + ": a contributor is offered " + list + " on a published record");
            }
        }
    }

    /** Enum constants of the record types written as codes (ICE_DETAINER_LIMITS, DRAFT) in what a person reads. */
    private static Set<String> rawCodes(String text) {
        Set<String> codes = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                JurisdictionKind.class,
                PublicationState.class,
                PolicyVariable.class,
                PolicyValue.class,
                Stance.class,
                Designator.class,
                LetterStatus.class,
                ThreatStatus.class,
                ThreatInstrument.class,
                StatementKind.class,
                Venue.class,
                EventKind.class,
                FigureQualifier.class,
                FigureUnit.class,
                DatePrecision.class,
                StaffRole.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                String name = constant.name();
                // USD is also how people write US dollars ("Amount (USD)"), not only a code.
                if (name.length() > 2
                        && !"USD".equals(name)
                        && Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])")
                                .matcher(text)
                                .find()) {
                    codes.add(name);
                }
            }
        }
        return codes;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 60))
                .replace('\n', ' ');
    }
}
