package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.civicdata.tracker.Slow;
import org.civicdata.tracker.TestSeeds;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.civicdata.tracker.infra.seed.SeedLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at a real browser signing in to the staff UI, against the running app. */
@Slow
@MicronautTest(transactional = false)
class StaffSignInE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SeedLoader seeds;

    private ChromeDriver browser;
    private WebDriverWait wait;

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

    private void signIn(String username, String password) {
        Browser.signIn(browser, wait, server.getURL().toString(), username, password);
    }

    @Test
    void aWrongPasswordShowsAnErrorOnTheLoginForm() {
        signIn("e2e-editor", "not the password");
        WebElement form = browser.findElement(By.tagName("vaadin-login-form"));
        wait.until(d -> "true"
                .equals(String.valueOf(((JavascriptExecutor) d).executeScript("return arguments[0].error", form))));
        Browser.screenshot(browser, "sign-in-wrong-password");
        assertThat(browser.findElements(By.id("jurisdictions"))).isEmpty();
    }

    @Test
    void signingInShowsTheJurisdictionGridWithItsTotalPushedFromTheServer() {
        signIn("e2e-editor", StaffUi.PASSWORD);
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jurisdictions")));
        wait.until(ExpectedConditions.textMatches(
                By.id("jurisdiction-count"), java.util.regex.Pattern.compile("\\d+ jurisdictions in the database")));
        wait.until(d -> grid.getText().contains("Chicago") || cellsText(d).contains("Chicago"));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("e2e-editor (editor)");
        assertThat(browser.manage().getCookieNamed("JSESSIONID").getPath()).isEqualTo("/admin");
        Browser.screenshot(browser, "staff-jurisdictions");
    }

    @Test
    void anAdminsChangeToAnAccountAppliesAtItsNextRequest() {
        StaffUi.ensureAccount(accounts, "e2e-changing", StaffRole.EDITOR);
        signIn("e2e-changing", StaffUi.PASSWORD);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("jurisdictions")));
        String base = server.getURL().toString();

        org.civicdata.tracker.core.account.Account account = accounts.list().stream()
                .filter(a -> a.getUsername().equals("e2e-changing"))
                .findFirst()
                .orElseThrow();
        org.civicdata.tracker.core.account.StaffPrincipal admin =
                new org.civicdata.tracker.core.account.StaffPrincipal("test-setup", StaffRole.ADMIN, false);
        account = accounts.change(admin, account.getId(), account.getVersion(), StaffRole.CONTRIBUTOR, true);
        browser.get(base + "/admin/statements");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("statements")));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("e2e-changing (contributor)");
        browser.get(base + "/admin/review");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        assertThat(browser.findElements(By.id("review-queue"))).isEmpty();

        accounts.change(admin, account.getId(), account.getVersion(), StaffRole.CONTRIBUTOR, false);
        browser.get(base + "/admin/statements");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-login-form")));
        assertThat(browser.findElements(By.id("statements"))).isEmpty();
    }

    /** Grid cells are slotted light-DOM content: their text is on vaadin-grid-cell-content elements. */
    private static String cellsText(SearchContext context) {
        StringBuilder text = new StringBuilder();
        for (WebElement cell : context.findElements(By.tagName("vaadin-grid-cell-content"))) {
            text.append(cell.getText()).append('\n');
        }
        return text.toString();
    }
}
