package org.civicdata.tracker.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import org.civicdata.tracker.core.account.AccountService;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.e2e.Browser;
import org.civicdata.tracker.edge.staff.StaffUi;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Server heap held per signed-in staff session: N real Chromium sessions each sign in and open the
 * jurisdiction grid (first page loaded), then close the browser; their server sessions and UIs stay
 * alive (as they would for a person who left the tab open). Heap used after full GCs, before and
 * after, divided by N. Run with {@code bash bench/session-memory.sh [N]} after {@code bench/grid.sh}.
 */
public final class SessionMemoryBenchmark {

    private SessionMemoryBenchmark() {}

    /** Exits explicitly: the embedded MariaDB's watcher thread would keep the JVM alive (its shutdown hook stops it). */
    public static void main(String[] args) throws Exception {
        measure(args);
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("tracker.seed.on-empty", false, "micronaut.server.port", -1))
                .start()) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            server.start();
            StaffUi.ensureAccount(context.getBean(AccountService.class), "bench-editor", StaffRole.EDITOR);
            String url = server.getURL().toString();
            openSession(url); // warm-up: class loading and caches, not counted
            long before = usedHeapAfterGc();
            for (int i = 0; i < sessions; i++) {
                openSession(url);
            }
            long after = usedHeapAfterGc();
            System.out.printf(
                    "sessions: %d; heap used after GC: before %.1f MB, after %.1f MB%n",
                    sessions, before / 1e6, after / 1e6);
            System.out.printf(
                    "per signed-in session with the jurisdiction grid open: %.0f KB%n",
                    (after - before) / 1024.0 / sessions);
            server.stop();
        }
    }

    private static void openSession(String url) {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browser.signIn(browser, wait, url, "bench-editor", StaffUi.PASSWORD);
            wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().startsWith("Bench Town")));
        } finally {
            browser.quit();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(
                    used,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
