package org.civicdata.tracker.edge.opendata;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One render of a key at a time, run outside every lock: a second request for a key being rendered
 * waits for that render and gets its result (or its exception), while renders of other keys go on.
 * {@link PublicResponses} rendered inside the response cache's {@code compute}, which holds a lock of
 * the cache's hash table for the whole render: two URLs in one bin, or the table growing while a crawler
 * adds thousands of new URLs (every bin is locked in turn), made renders of other URLs wait for it.
 */
final class RenderOnce<T> {

    private final ConcurrentHashMap<String, CompletableFuture<T>> running = new ConcurrentHashMap<>();

    /** {@code render}'s result, or that of the render of {@code key} already running. */
    T get(String key, Supplier<T> render) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> theirs = running.putIfAbsent(key, mine);
        if (theirs != null) {
            return join(theirs);
        }
        try {
            T result = render.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** The other render's result; its exception as it was thrown (a 404, the database gone), not wrapped. */
    private static <T> T join(CompletableFuture<T> render) {
        try {
            return render.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
