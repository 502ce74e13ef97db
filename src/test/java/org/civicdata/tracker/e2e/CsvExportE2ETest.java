package org.civicdata.tracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A staff member downloads the jurisdictions grid as CSV in a real browser: the file holds exactly the filtered rows. */
@Slow
@MicronautTest(transactional = false)
class CsvExportE2ETest {

    @Inject
    EmbeddedServer server;

    @Inject
    AccountService accounts;

    @Inject
    SeedLoader seeds;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        TestSeeds.ensureLoaded(seeds);
        StaffUi.ensureAccount(accounts, "e2e-editor", StaffRole.EDITOR);
        downloads = Files.createTempDirectory("tracker-downloads");
        browser = Browser.start(downloads);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theExportHoldsTheGridsFilteredRows() throws IOException {
        String base = server.getURL().toString();
        Browser.signIn(browser, wait, base, "e2e-editor", StaffUi.PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/admin/?(jurisdictions)?$"));
        browser.get(base + "/admin/jurisdictions?state=IL");
        WebElement export = wait.until(ExpectedConditions.elementToBeClickable(By.id("export-csv")));
        wait.until(d -> d.findElements(By.cssSelector("#jurisdiction-count")).stream()
                .anyMatch(e -> !e.getText().isBlank()));
        Browser.screenshot(browser, "staff-jurisdictions-illinois");
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", export);
        wait.until(d -> {
            try {
                export.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException coveredForAMoment) {
                return false;
            }
        });

        Path file = downloads.resolve("jurisdictions.csv");
        wait.until(d -> Files.exists(file) && !hasPartialDownload());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("state")).isEqualTo("IL"));
        assertThat(rows)
                .extracting(r -> r.get("slug"))
                .contains("chicago-il", "illinois-il")
                .doesNotContain("new-york-ny");
    }

    @Test
    void everyListExportsItsFilteredRowsTheStatementsHere() throws IOException {
        String base = server.getURL().toString();
        Browser.signIn(browser, wait, base, "e2e-editor", StaffUi.PASSWORD);
        wait.until(ExpectedConditions.urlMatches(".*/admin/?(jurisdictions)?$"));
        browser.get(base + "/admin/statements?kind=PARAPHRASE");
        WebElement export = wait.until(ExpectedConditions.elementToBeClickable(By.id("export-csv")));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", export);
        export.click();

        Path file = downloads.resolve("statements.csv");
        wait.until(d -> Files.exists(file) && !hasPartialDownload());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .build()
                .parse(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows.get(0).getParser().getHeaderNames()).contains("Speaker", "Quote or paraphrase", "Kind");
        // The seeds hold 11 paraphrases; other tests may add their own. The export says what the grid shows.
        assertThat(rows)
                .hasSizeGreaterThanOrEqualTo(11)
                .allSatisfy(r -> assertThat(r.get("Kind")).isEqualTo("Paraphrase"));
    }

    private boolean hasPartialDownload() {
        try (var files = Files.list(downloads)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return true;
        }
    }
}
