package org.civicdata.tracker.core.audit;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One value read during a {@link DataVersion#render} and kept under the data version it was read for
 * (and a key, such as the day it is for), so the other renders of that version take it instead of
 * reading it again. A value read for an older version never replaces one kept for a newer version
 * (a slow render that started before a commit must not undo a later one). One read at a time: the
 * renders that need it meanwhile wait for it.
 */
public final class KeptPerVersion<T> {

    private final Object reading = new Object();
    private volatile Kept<T> kept;

    /**
     * The value kept for {@code version} and {@code key}, else what {@code read} gives (read data at
     * least that new), kept unless a later version's value is.
     */
    public T get(long version, Object key, Supplier<T> read) {
        Kept<T> current = kept;
        if (current != null && current.holds(version, key)) {
            return current.value();
        }
        synchronized (reading) {
            current = kept;
            if (current != null && current.holds(version, key)) {
                return current.value();
            }
            T value = read.get();
            if (current == null || version >= current.version()) {
                kept = new Kept<>(version, key, value);
            }
            return value;
        }
    }

    private record Kept<T>(long version, Object key, T value) {
        boolean holds(long version, Object key) {
            return this.version == version && Objects.equals(this.key, key);
        }
    }
}
