package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's day, in a real browser: sign in, create a jurisdiction citing a source, publish it,
 * find it in the public API, edit it, read the change in its history, revert it.
 */
@Slow
@MicronautTest(transactional = false)
class JurisdictionEditingE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SeedLoader seeds;

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

    private WebElement input(String componentId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + componentId + " input")));
    }

    private void type(String componentId, String text) {
        WebElement input = input(componentId);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text, Keys.TAB);
    }

    private void click(String componentId) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(componentId)));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(d -> {
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException coveredByANotification) {
                return false;
            }
        });
    }

    private void waitForText(String componentId, String text) {
        try {
            // textContent, not visible text: the element may be scrolled under the sticky header.
            wait.until(d -> {
                var found = d.findElements(By.id(componentId));
                return !found.isEmpty()
                        && String.valueOf(found.get(0).getDomProperty("textContent"))
                                .contains(text);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            Browser.screenshot(browser, "failed-waiting-for-" + componentId);
            throw e;
        }
    }

    private String api(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURL() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    void createPublishEditAndRevertAJurisdiction() throws Exception {
        String slug = "e2e-town-" + unique + "-zz";
        Browser.signIn(browser, wait, server.getURL().toString(), "e2e-editor", StaffUi.PASSWORD);

        click("new-jurisdiction");
        type("name", "E2E Town " + unique);
        type("slug", slug);
        type("state", "IL");
        WebElement sources = input("sources");
        sources.sendKeys("Rebellious Mayors");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-multi-select-combo-box-item")))
                .click();
        sources.sendKeys(Keys.ESCAPE);
        click("save");
        waitForText("record-state", "Draft, version 0");
        assertThat(api("/api/jurisdictions/" + slug)).startsWith("404");

        click("publish");
        waitForText("record-state", "Published, version 1");
        String published = api("/api/jurisdictions/" + slug);
        assertThat(published)
                .startsWith("200")
                .contains("\"name\":\"E2E Town " + unique + "\"")
                .contains("Donald Trump, Rebellious Mayors, And The Fight To Preserve Sanctuary Cities");

        type("name", "E2E City " + unique);
        click("save");
        waitForText("record-state", "version 2");
        waitForText("history", "Name: E2E Town " + unique + " → E2E City " + unique);
        assertThat(api("/api/jurisdictions/" + slug)).contains("\"name\":\"E2E City " + unique + "\"");
        Browser.screenshot(browser, "jurisdiction-history");

        click("revert-v1");
        click("revert-confirm");
        waitForText("record-state", "version 3");
        assertThat(input("name").getAttribute("value")).isEqualTo("E2E Town " + unique);
        assertThat(api("/api/jurisdictions/" + slug)).contains("\"name\":\"E2E Town " + unique + "\"");
    }
}
