package org.civicdata.tracker.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.civicdata.tracker.core.account.SignInAttempt;
import org.civicdata.tracker.core.account.SignInAttemptRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A failed sign-in made in Chromium with extra request headers (as a proxy, or a forger, would add
 * them), and the address the sign-in throttle recorded for it.
 */
final class ForwardedSignIn {

    private ForwardedSignIn() {}

    static String addressSeenBySignIn(String baseUrl, SignInAttemptRepository attempts, Map<String, Object> headers) {
        String name = "fwd-" + UUID.randomUUID().toString().substring(0, 8);
        Instant before = Instant.now().minusSeconds(5);
        ChromeDriver browser = Browser.start();
        try {
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", headers));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Browser.signIn(browser, wait, baseUrl, name, "not a password");
            WebElement form = browser.findElement(By.tagName("vaadin-login-form"));
            wait.until(d -> "true"
                    .equals(String.valueOf(((JavascriptExecutor) d).executeScript("return arguments[0].error", form))));
        } finally {
            browser.quit();
        }
        return attempts.findRecentFailures(before).stream()
                .filter(a -> a.username().equals(name))
                .map(SignInAttempt::remoteAddress)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sign-in attempt recorded for " + name));
    }

    /** GET /admin/ over plain HTTP from 127.0.0.1 with the given extra headers; the answer's headers. */
    static java.net.http.HttpHeaders adminHeaders(String baseUrl, String... headers) {
        try {
            java.net.http.HttpRequest.Builder request =
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + "/admin/"));
            if (headers.length > 0) {
                request.headers(headers);
            }
            java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET /admin/ answered " + response.statusCode());
            }
            return response.headers();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
