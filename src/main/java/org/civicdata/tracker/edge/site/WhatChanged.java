package org.civicdata.tracker.edge.site;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.civicdata.tracker.core.audit.DataVersion;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.PublishedSources;
import org.civicdata.tracker.edge.opendata.PublishedStatusHistory;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;
import org.civicdata.tracker.edge.opendata.ResponseShapes.StatusChangeView;
import org.civicdata.tracker.record.jurisdiction.DatedRecordRepository;
import org.civicdata.tracker.record.jurisdiction.DatedRecordRow;
import org.civicdata.tracker.record.policy.Stance;
import org.civicdata.tracker.record.policy.StancePositionRepository;
import org.civicdata.tracker.record.policy.StanceRule;

/**
 * What changed between two dates (issue 11), by the records' own dates and the as-of rules of the map
 * and the API: the record as of {@code from} against the record as of {@code to}. Only the
 * jurisdictions with a record dated in the window are looked at ({@link DatedRecordRepository#datedIn},
 * by index); the stance is derived at both dates only for those with a policy position starting or
 * ending in it. A diff is kept per data version (the last eight windows asked for; a new version
 * drops the older ones), so its pages are cut from one reading.
 */
@Singleton
class WhatChanged {

    /** The groups of the page, in its order: the stance first, then each kind of record new in the window. */
    enum Kind {
        STANCE(null, "Stance changed"),
        DOJ_LETTER(RecordType.DOJ_LETTER, "DOJ letters"),
        FUNDING_THREAT(RecordType.FUNDING_THREAT, "Funding threats"),
        COURT_CASE(RecordType.COURT_CASE, "Court rulings"),
        STATEMENT(RecordType.STATEMENT, "Statements"),
        DESIGNATION(RecordType.DESIGNATION, "Designations"),
        EVENT(RecordType.EVENT, "Events");

        final @Nullable RecordType type;
        final String heading;

        Kind(@Nullable RecordType type, String heading) {
            this.type = type;
            this.heading = heading;
        }

        String anchor() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * One dated status of a letter, threat or ruling as a page shows it: the status it is new with
     * ({@code ownDate}: the latest entry in effect on its own date, or none known), or an entry of its
     * status history dated in the window, changed from {@code previous} (null: none before), with the
     * entry's published source.
     */
    record StatusEvent(
            String on,
            @Nullable String status,
            @Nullable String previous,
            @Nullable SourceView source,
            boolean ownDate) {}

    /**
     * One change: a record new in the window ({@code row}), or a stance change ({@code row} the latest
     * policy position dated in the window, {@code positions} all of them, the stance before and after).
     */
    record Item(
            Kind kind,
            DatedRecordRow row,
            @Nullable Stance before,
            @Nullable Stance after,
            List<DatedRecordRow> positions) {}

    /** Every change in the window, grouped in {@link Kind} order, and how many of each kind. */
    record Diff(List<Item> items, Map<Kind, Integer> counts) {}

    private record Key(
            long version,
            LocalDate from,
            LocalDate to,
            @Nullable String state) {}

    private static final int KEPT = 8;
    private static final int IN_LIST = 1_000;
    private static final int IN_LISTS = 3;

    private final DatedRecordRepository dated;
    private final StancePositionRepository positions;
    private final PublishedSources published;
    private final DataVersion dataVersion;
    private final PublishedStatusHistory statusHistory;
    private final Map<Key, Diff> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Diff> eldest) {
            return size() > KEPT;
        }
    };

    WhatChanged(
            DatedRecordRepository dated,
            StancePositionRepository positions,
            PublishedSources published,
            DataVersion dataVersion,
            PublishedStatusHistory statusHistory) {
        this.dated = dated;
        this.positions = positions;
        this.published = published;
        this.dataVersion = dataVersion;
        this.statusHistory = statusHistory;
    }

    /** The changes after {@code from} up to and including {@code to}, in {@code state} (null: everywhere). */
    Diff between(LocalDate from, LocalDate to, @Nullable String state) {
        OptionalLong version = dataVersion.rendering();
        if (version.isEmpty()) {
            return read(from, to, state);
        }
        Key key = new Key(version.getAsLong(), from, to, state);
        synchronized (kept) {
            kept.keySet().removeIf(k -> k.version() < key.version());
            Diff diff = kept.get(key);
            if (diff != null) {
                return diff;
            }
        }
        Diff diff = read(from, to, state);
        synchronized (kept) {
            kept.put(key, diff);
        }
        return diff;
    }

    /**
     * The dated statuses of a page's letters, threats and rulings, by type and id, oldest first, from their
     * status histories ({@link PublishedStatusHistory#byId}: per type one query for the entries, one for
     * their sources): {@link #statusEvents}.
     */
    Map<RecordType, Map<Long, List<StatusEvent>>> statuses(List<Item> page, LocalDate from, LocalDate to) {
        Map<RecordType, List<DatedRecordRow>> rows = new EnumMap<>(RecordType.class);
        for (Item item : page) {
            if (item.kind() == Kind.DOJ_LETTER
                    || item.kind() == Kind.FUNDING_THREAT
                    || item.kind() == Kind.COURT_CASE) {
                rows.computeIfAbsent(item.kind().type, t -> new ArrayList<>()).add(item.row());
            }
        }
        Map<RecordType, Map<Long, List<StatusEvent>>> statuses = new EnumMap<>(RecordType.class);
        rows.forEach((type, of) -> {
            Map<Long, List<StatusChangeView>> histories = statusHistory.byId(
                    type, of.stream().map(DatedRecordRow::id).distinct().toList());
            Map<Long, List<StatusEvent>> byId = new HashMap<>();
            of.forEach(row ->
                    byId.put(row.id(), statusEvents(row, histories.getOrDefault(row.id(), List.of()), from, to)));
            statuses.put(type, byId);
        });
        return statuses;
    }

    /**
     * A record's dated statuses in the window, from its history (oldest first): listed by its own date,
     * first the status it is new with; then each entry dated after that (by the entry's first day) in the
     * window, not one made from the record's own status, as a change from the status before it.
     */
    static List<StatusEvent> statusEvents(
            DatedRecordRow row, List<StatusChangeView> history, LocalDate from, LocalDate to) {
        List<StatusEvent> events = new ArrayList<>();
        StatusChangeView newWith = null;
        String previous = null;
        for (StatusChangeView entry : history) {
            LocalDate on = entry.effectiveOn() == null
                    ? null
                    : PartialDate.parse(entry.effectiveOn()).start();
            if (on != null && !row.statusEntry() && !on.isAfter(row.datedOn())) {
                newWith = entry;
            } else if (on != null && on.isAfter(from) && !on.isAfter(to) && !entry.migratedInitial()) {
                events.add(new StatusEvent(entry.effectiveOn(), entry.statusLabel(), previous, entry.source(), false));
            }
            previous = entry.statusLabel();
        }
        if (!row.statusEntry()) {
            events.add(
                    0,
                    new StatusEvent(
                            PartialDate.of(row.datedOn(), row.datedPrecision()).toString(),
                            newWith == null ? null : newWith.statusLabel(),
                            null,
                            newWith == null ? null : newWith.source(),
                            true));
        }
        return events;
    }

    /** The published sources each item of a page cites (a stance change: its positions'), by type and id. */
    Map<RecordType, Map<Long, List<SourceView>>> sources(List<Item> page) {
        Map<RecordType, List<Long>> ids = new EnumMap<>(RecordType.class);
        for (Item item : page) {
            if (item.kind() == Kind.STANCE) {
                item.positions()
                        .forEach(p -> ids.computeIfAbsent(RecordType.POLICY_POSITION, t -> new ArrayList<>())
                                .add(p.id()));
            } else {
                ids.computeIfAbsent(item.kind().type, t -> new ArrayList<>())
                        .add(item.row().id());
            }
        }
        Map<RecordType, Map<Long, List<SourceView>>> sources = new EnumMap<>(RecordType.class);
        ids.forEach((type, list) ->
                sources.put(type, published.byId(type, list.stream().distinct().toList())));
        return sources;
    }

    private Diff read(LocalDate from, LocalDate to, @Nullable String state) {
        Comparator<DatedRecordRow> order = Comparator.comparing(DatedRecordRow::datedOn)
                .thenComparing(DatedRecordRow::jurisdictionName)
                .thenComparing(DatedRecordRow::slug)
                .thenComparingLong(DatedRecordRow::id);
        List<DatedRecordRow> rows =
                dated.datedIn(from, to, state).stream().sorted(order).toList();
        Map<Kind, List<Item>> byKind = new EnumMap<>(Kind.class);
        Map<Long, List<DatedRecordRow>> positionsInWindow = new LinkedHashMap<>();
        Set<String> changedStatus = new HashSet<>();
        for (DatedRecordRow row : rows) {
            if (row.kind().equals(RecordType.POLICY_POSITION.name())) {
                positionsInWindow
                        .computeIfAbsent(row.jurisdictionId(), id -> new ArrayList<>())
                        .add(row);
            } else {
                Kind kind = Kind.valueOf(row.kind());
                // A record with several status entries in the window is listed once, by the first.
                if (!row.statusEntry() || changedStatus.add(kind + ":" + row.id())) {
                    byKind.computeIfAbsent(kind, k -> new ArrayList<>())
                            .add(new Item(kind, row, null, null, List.of()));
                }
            }
        }
        byKind.put(Kind.STANCE, stanceChanges(positionsInWindow, from, to, order));
        List<Item> items = new ArrayList<>();
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            List<Item> of = byKind.getOrDefault(kind, List.of());
            items.addAll(of);
            counts.put(kind, of.size());
        }
        return new Diff(List.copyOf(items), counts);
    }

    /** The jurisdictions whose derived stance as of {@code to} differs from that as of {@code from}. */
    private List<Item> stanceChanges(
            Map<Long, List<DatedRecordRow>> inWindow, LocalDate from, LocalDate to, Comparator<DatedRecordRow> order) {
        List<Long> ids = List.copyOf(inWindow.keySet());
        // Many jurisdictions (a window of years): every published position in one reading, not IN lists.
        Map<Long, List<StanceRule.Position>> all =
                ids.size() > IN_LISTS * IN_LIST ? positions.everyPublished() : new HashMap<>();
        if (ids.size() <= IN_LISTS * IN_LIST) {
            for (int i = 0; i < ids.size(); i += IN_LIST) {
                all.putAll(positions.publishedOf(ids.subList(i, Math.min(ids.size(), i + IN_LIST))));
            }
        }
        List<Item> changes = new ArrayList<>();
        inWindow.forEach((id, dated) -> {
            List<StanceRule.Position> of = all.getOrDefault(id, List.of());
            Stance before = StanceRule.derive(of, from);
            Stance after = StanceRule.derive(of, to);
            if (before != after) {
                changes.add(new Item(Kind.STANCE, dated.get(dated.size() - 1), before, after, dated));
            }
        });
        changes.sort(Comparator.comparing(Item::row, order));
        return changes;
    }
}
