package org.civicdata.tracker.core.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.AuditAction;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.StaleRecordException;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/**
 * Editors racing on the same records through the service the staff editor saves with
 * ({@link JurisdictionService#save}), spread over several app instances sharing one database, and
 * what must hold afterwards, checked from the database: every accepted save is in the audit trail
 * with its value, every refused one was refused as a conflict ({@link StaleRecordException}) and
 * nothing else, each save was based on the one before it (no lost update), and each record ends as
 * its last accepted save left it. Used by {@code ConcurrentEditsTest} (small) and
 * {@code bench.ConcurrentEditsBenchmark} (8 editors × 200 edits).
 *
 * <p>An edit is what an editor does in the form: read the record (and its sources), change a field
 * (the notes), save with the version read. A refused save is followed by a fresh read at the next edit.
 */
public final class ConcurrentEdits {

    private ConcurrentEdits() {}

    /** One accepted save: which record, the version it made, what it wrote, who, and what it was read at. */
    public record Accepted(long recordId, int version, String notes, String actor, int readVersion, String readNotes) {}

    /** What the editors did. */
    public record Run(
            List<Long> recordIds,
            Map<Long, Integer> initialVersions,
            Map<Long, String> initialNotes,
            int editors,
            int editsEach,
            int instances,
            List<Accepted> accepted,
            long refused,
            List<String> otherFailures,
            long[] acceptedSaveNanos,
            long[] refusedSaveNanos,
            long wallNanos) {

        public long attempts() {
            return (long) editors * editsEach;
        }
    }

    /** What the database says about the run. */
    public record Verdict(
            long auditEntries,
            long acceptedInTrail,
            long acceptedMissingFromTrail,
            long entriesNotAccepted,
            long lostUpdates,
            long finalStateMismatches,
            List<String> problems) {}

    /** {@code n} new draft jurisdictions for the editors to fight over. */
    public static List<Long> createRecords(JurisdictionService service, int n, String tag) {
        return createRecords(service, n, tag, false);
    }

    /**
     * {@code n} new jurisdictions, drafts or published (citing a published source): a save of a
     * published record also takes the publication lock for the citation check.
     */
    public static List<Long> createRecords(JurisdictionService service, int n, String tag, boolean published) {
        StaffPrincipal who = new StaffPrincipal("race-setup", StaffRole.EDITOR, false);
        List<Long> sources = List.of();
        if (published) {
            org.civicdata.tracker.record.source.Source source = new org.civicdata.tracker.record.source.Source();
            source.setTitle("Race source " + tag);
            source = service.editor().save(who, RecordType.SOURCE, source, List.of());
            sources = List.of(service.editor()
                    .publish(who, RecordType.SOURCE, source.getId(), source.getVersion())
                    .getId());
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Jurisdiction j = new Jurisdiction();
            j.setName("Race Town " + tag + " " + i);
            j.setSlug("race-town-" + tag + "-" + i + "-oh");
            j.setKind(JurisdictionKind.CITY);
            j.setStateCode("OH");
            j.setNotes("initial " + i);
            Jurisdiction saved = service.save(who, j, sources);
            if (published) {
                service.editor().publish(who, RecordType.JURISDICTION, saved.getId(), saved.getVersion());
            }
            ids.add(saved.getId());
        }
        return ids;
    }

    /**
     * {@code editors} threads, editor {@code e} on instance {@code e % instances.size()}, each making
     * {@code editsEach} edits on records picked at random (seeded) among {@code ids}, all starting together.
     */
    public static Run run(List<JurisdictionService> instances, List<Long> ids, int editors, int editsEach, long seed)
            throws Exception {
        Map<Long, Integer> versions = new LinkedHashMap<>();
        Map<Long, String> notes = new LinkedHashMap<>();
        for (long id : ids) {
            Jurisdiction j = instances.get(0).find(id).orElseThrow();
            versions.put(id, j.getVersion());
            notes.put(id, j.getNotes());
        }
        List<Accepted> accepted = Collections.synchronizedList(new ArrayList<>());
        List<String> other = Collections.synchronizedList(new ArrayList<>());
        List<Long> acceptedNanos = Collections.synchronizedList(new ArrayList<>());
        List<Long> refusedNanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch ready = new CountDownLatch(editors);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Long>> refusals = new ArrayList<>();
        try {
            for (int e = 0; e < editors; e++) {
                int editor = e;
                JurisdictionService service = instances.get(e % instances.size());
                refusals.add(pool.submit(() -> {
                    Random random = new Random(seed * 31 + editor);
                    StaffPrincipal who = new StaffPrincipal("race-editor-" + editor, StaffRole.EDITOR, false);
                    long refused = 0;
                    ready.countDown();
                    go.await();
                    for (int i = 0; i < editsEach; i++) {
                        long id = ids.get(random.nextInt(ids.size()));
                        Jurisdiction form = service.find(id).orElseThrow();
                        int readVersion = form.getVersion();
                        String readNotes = form.getNotes();
                        List<Long> sources = service.editor().sourceIds(RecordType.JURISDICTION, id);
                        String value = "editor " + editor + " edit " + i;
                        form.setNotes(value);
                        long start = System.nanoTime();
                        try {
                            Jurisdiction saved = service.save(who, form, sources);
                            acceptedNanos.add(System.nanoTime() - start);
                            accepted.add(new Accepted(
                                    id, saved.getVersion(), value, who.username(), readVersion, readNotes));
                        } catch (StaleRecordException conflict) {
                            refusedNanos.add(System.nanoTime() - start);
                            refused++;
                        } catch (RuntimeException unexpected) {
                            other.add(unexpected.getClass().getName() + ": " + unexpected.getMessage());
                        }
                    }
                    return refused;
                }));
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            long refused = 0;
            for (Future<Long> f : refusals) {
                refused += f.get();
            }
            long wall = System.nanoTime() - start;
            return new Run(
                    List.copyOf(ids),
                    versions,
                    notes,
                    editors,
                    editsEach,
                    instances.size(),
                    List.copyOf(accepted),
                    refused,
                    List.copyOf(other),
                    sorted(acceptedNanos),
                    sorted(refusedNanos),
                    wall);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks the run against the audit trail and the records as stored now. */
    public static Verdict verify(Run run, JurisdictionService service, AuditEntryRepository audit) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        long entries = 0;
        long inTrail = 0;
        long missing = 0;
        long notAccepted = 0;
        long lost = 0;
        long mismatches = 0;
        for (long id : run.recordIds()) {
            List<Accepted> mine = run.accepted().stream()
                    .filter(a -> a.recordId() == id)
                    .sorted(Comparator.comparingInt(Accepted::version))
                    .toList();
            List<AuditEntry> trail = audit.findByRecordTypeAndRecordIdOrderById(RecordType.JURISDICTION, id).stream()
                    .filter(a -> a.recordVersion() > run.initialVersions().get(id))
                    .toList();
            entries += trail.size();
            Map<Integer, AuditEntry> byVersion = new LinkedHashMap<>();
            for (AuditEntry entry : trail) {
                if (entry.action() != AuditAction.UPDATE || byVersion.put(entry.recordVersion(), entry) != null) {
                    problems.add(
                            "record " + id + ": unexpected or second audit entry for version " + entry.recordVersion());
                }
            }
            // Every accepted save is in the trail, at its version, with its value and its author.
            for (Accepted a : mine) {
                AuditEntry entry = byVersion.get(a.version());
                JsonNode change =
                        entry == null ? null : json.readTree(entry.changes()).path("notes");
                if (entry != null
                        && entry.actor().equals(a.actor())
                        && change.path("new").asText().equals(a.notes())) {
                    inTrail++;
                } else {
                    missing++;
                    problems.add("record " + id + ": accepted save " + a + " is not in the audit trail as written");
                }
            }
            // And nothing is in it that no editor was told was saved.
            java.util.Set<Integer> acceptedVersions = new java.util.HashSet<>();
            mine.forEach(a -> acceptedVersions.add(a.version()));
            for (AuditEntry entry : trail) {
                if (!acceptedVersions.contains(entry.recordVersion())) {
                    notAccepted++;
                    problems.add("record " + id + ": audit entry for version " + entry.recordVersion()
                            + " that no editor was told was saved");
                }
            }
            // The trail is one unbroken chain of versions, each entry's old value the previous one's new value.
            Map<Integer, String> valueAt = new LinkedHashMap<>();
            String previous = run.initialNotes().get(id);
            int expectedVersion = run.initialVersions().get(id);
            valueAt.put(expectedVersion, previous);
            for (AuditEntry entry : trail.stream()
                    .sorted(Comparator.comparingInt(AuditEntry::recordVersion))
                    .toList()) {
                expectedVersion++;
                JsonNode change = json.readTree(entry.changes()).path("notes");
                if (entry.recordVersion() != expectedVersion || !Objects.equals(previous, text(change.path("old")))) {
                    lost++;
                    problems.add("record " + id + " version " + entry.recordVersion() + " replaced '"
                            + text(change.path("old")) + "', but the version before it held '" + previous + "'");
                }
                previous = text(change.path("new"));
                valueAt.put(entry.recordVersion(), previous);
            }
            // No lost update: each accepted save was made on the version just before it, as its editor read it,
            // so it overwrote nothing its editor had not seen.
            for (Accepted a : mine) {
                if (a.version() != a.readVersion() + 1
                        || !Objects.equals(valueAt.get(a.readVersion()), a.readNotes())) {
                    lost++;
                    problems.add("record " + id + ": " + a.actor() + " read version " + a.readVersion() + " ('"
                            + a.readNotes() + "') and its save became version " + a.version()
                            + ", overwriting what it had not seen");
                }
            }
            // The record ends as its last accepted save left it.
            Jurisdiction now = service.find(id).orElseThrow();
            String expectedNotes = mine.isEmpty()
                    ? run.initialNotes().get(id)
                    : mine.get(mine.size() - 1).notes();
            int expectedFinal = mine.isEmpty()
                    ? run.initialVersions().get(id)
                    : mine.get(mine.size() - 1).version();
            if (!Objects.equals(now.getNotes(), expectedNotes) || now.getVersion() != expectedFinal) {
                mismatches++;
                problems.add("record " + id + " ends at version " + now.getVersion() + " '" + now.getNotes()
                        + "', but its last accepted save was version " + expectedFinal + " '" + expectedNotes + "'");
            }
        }
        return new Verdict(entries, inTrail, missing, notAccepted, lost, mismatches, List.copyOf(problems));
    }

    /** Figures for a report: the counts and save latencies of a run. */
    public static String summary(Run run, Verdict verdict) {
        double seconds = run.wallNanos() / 1e9;
        return String.format(
                java.util.Locale.ROOT,
                """
                editors: %d on %d instances, %d edits each, %d records
                attempts: %d, accepted: %d, refused as conflicts: %d, other failures: %d
                audit entries added: %d (accepted found in the trail: %d, missing: %d, entries nobody was told of: %d)
                lost updates: %d, records not ending at their last accepted save: %d
                duration: %.2f s, throughput: %.1f attempts/s, %.1f accepted saves/s
                save latency, accepted: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
                save latency, refused:  p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms""",
                run.editors(),
                run.instances(),
                run.editsEach(),
                run.recordIds().size(),
                run.attempts(),
                run.accepted().size(),
                run.refused(),
                run.otherFailures().size(),
                verdict.auditEntries(),
                verdict.acceptedInTrail(),
                verdict.acceptedMissingFromTrail(),
                verdict.entriesNotAccepted(),
                verdict.lostUpdates(),
                verdict.finalStateMismatches(),
                seconds,
                run.attempts() / seconds,
                run.accepted().size() / seconds,
                ms(run.acceptedSaveNanos(), 0.50),
                ms(run.acceptedSaveNanos(), 0.95),
                ms(run.acceptedSaveNanos(), 0.99),
                ms(run.acceptedSaveNanos(), 1.0),
                ms(run.refusedSaveNanos(), 0.50),
                ms(run.refusedSaveNanos(), 0.95),
                ms(run.refusedSaveNanos(), 0.99),
                ms(run.refusedSaveNanos(), 1.0));
    }

    private static double ms(long[] sortedNanos, double quantile) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int index = Math.min(sortedNanos.length - 1, (int) Math.ceil(quantile * sortedNanos.length) - 1);
        return sortedNanos[Math.max(0, index)] / 1e6;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static long[] sorted(List<Long> values) {
        long[] array;
        synchronized (values) {
            array = values.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(array);
        return array;
    }
}
