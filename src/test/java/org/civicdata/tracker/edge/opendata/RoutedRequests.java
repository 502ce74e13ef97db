package org.civicdata.tracker.edge.opendata;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests that reach Micronaut's routing (for tests that check what is answered before
 * it); present only in a test context that sets {@code tracker.test.count-routed}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "tracker.test.count-routed", value = "true")
class RoutedRequests {

    private final AtomicInteger count = new AtomicInteger();

    @RequestFilter
    void routed(HttpRequest<?> request) {
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }
}
