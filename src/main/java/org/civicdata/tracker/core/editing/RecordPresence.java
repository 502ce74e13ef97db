package org.civicdata.tracker.core.editing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Who else has a record open in an editor ("Maria is editing this since 10:42"), read from the
 * database so that it holds across app instances.
 *
 * <p>An open editor calls {@link #here} when it shows a record and then as its heartbeat (every
 * {@link #HEARTBEAT}); it calls {@link #left} when it closes. A browser that goes away without
 * saying so stops the heartbeat, and its row stops counting after {@link #EXPIRY}; expired rows are
 * deleted by the next heartbeat of any editor.
 *
 * <p>Presence rows are not record content: they are written straight to their own table, not
 * through {@code RecordWriter}, and are not audited. They say nothing about what anyone changed;
 * the audit trail does that.
 */
@Singleton
public class RecordPresence {

    /** How often an open editor says it is still there. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);
    /** After this long without a heartbeat, an editor no longer counts as open. */
    public static final Duration EXPIRY = Duration.ofSeconds(90);

    private final PresenceRepository presences;
    private final Clock clock;

    public RecordPresence(PresenceRepository presences, Clock clock) {
        this.presences = presences;
        this.clock = clock;
    }

    /** Someone else with the record open: the earliest of their open editors counts. */
    public record Other(String username, Instant since) {}

    /**
     * The editor {@code editorKey} shows this record to {@code username}: starts its presence, or
     * keeps it alive (the heartbeat). Moving to another record starts afresh.
     */
    @Transactional
    public void here(String editorKey, RecordType type, long recordId, String username) {
        Instant now = clock.instant();
        presences.deleteByLastSeenLessThan(now.minus(EXPIRY));
        presences
                .findById(editorKey)
                .ifPresentOrElse(
                        p -> presences.update(
                                p.recordType() == type
                                                && p.recordId() == recordId
                                                && p.username().equals(username)
                                        ? new Presence(editorKey, type, recordId, username, p.since(), now)
                                        : new Presence(editorKey, type, recordId, username, now, now)),
                        () -> presences.save(new Presence(editorKey, type, recordId, username, now, now)));
    }

    /** The editor closed (or shows a record not stored yet). */
    @Transactional
    public void left(String editorKey) {
        presences.deleteById(editorKey);
    }

    /**
     * Everyone with this record open in another editor than {@code editorKey}, earliest first; the
     * same person in two windows counts once (the "you" of another window included).
     */
    public List<Other> others(String editorKey, RecordType type, long recordId) {
        Map<String, Other> byUser = new LinkedHashMap<>();
        for (Presence p : presences.findByRecordTypeAndRecordIdAndLastSeenGreaterThanOrderBySince(
                type, recordId, clock.instant().minus(EXPIRY))) {
            if (!p.editorKey().equals(editorKey)) {
                byUser.putIfAbsent(p.username(), new Other(p.username(), p.since()));
            }
        }
        return List.copyOf(byUser.values());
    }
}
