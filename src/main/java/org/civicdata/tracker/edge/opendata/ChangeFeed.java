package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.AuditEntry;
import org.civicdata.tracker.core.audit.AuditEntryRepository;
import org.civicdata.tracker.core.audit.AuditTrail;
import org.civicdata.tracker.core.audit.PublicChangeRepository;
import org.civicdata.tracker.core.citation.CitationRepository;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.ChangeShapes.Change;
import org.civicdata.tracker.edge.opendata.ChangeShapes.ChangeList;
import org.civicdata.tracker.edge.opendata.ChangeShapes.ChangedRecord;
import org.civicdata.tracker.edge.opendata.ChangeShapes.FieldChange;
import org.civicdata.tracker.edge.opendata.ChangeShapes.Place;
import org.civicdata.tracker.edge.opendata.ResponseShapes.SourceView;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceRepository;

/**
 * The published changes, as the public saw them, from the audit trail: only writes to a record that
 * was published before or after them (V12 records which, with the jurisdictions each is shown under),
 * in the order of their ids. Each is described by replaying its record's entries up to it: a record
 * appearing lists its public fields as new values, one disappearing its last public values as old, an
 * edit the public fields that differ ({@link ChangeFields}); its sources are those its trail says it
 * cited then, as far as they are published now (else its current published citations).
 */
@Singleton
public class ChangeFeed {

    static final String PATH = "/api/changes";

    private final PublicChangeRepository changes;
    private final AuditEntryRepository entries;
    private final AuditTrail trail;
    private final JurisdictionRepository jurisdictions;
    private final SourceRepository sources;
    private final CitationRepository citations;
    private final ChangeReferences references;

    ChangeFeed(
            PublicChangeRepository changes,
            AuditEntryRepository entries,
            AuditTrail trail,
            JurisdictionRepository jurisdictions,
            SourceRepository sources,
            CitationRepository citations,
            ChangeReferences references) {
        this.changes = changes;
        this.entries = entries;
        this.trail = trail;
        this.jurisdictions = jurisdictions;
        this.sources = sources;
        this.citations = citations;
        this.references = references;
    }

    /** A page of changes after the query's starting point, oldest first, with the next page's address. */
    public ChangeList page(ChangeQuery query) {
        long after = query.afterId();
        if (query.sinceDate() != null) {
            after = changes.firstAtOrAfter(query.sinceDate().atStartOfDay().toInstant(ZoneOffset.UTC))
                    .map(id -> id - 1)
                    .orElse(Long.MAX_VALUE - 1);
        }
        int ask = query.limit() + 1;
        List<Long> ids;
        if (query.jurisdiction() != null) {
            Optional<Long> j = jurisdictions.findBySlug(query.jurisdiction()).map(Jurisdiction::getId);
            ids = j.isEmpty() ? List.of() : changes.afterInJurisdiction(j.get(), after, ask);
            ids = ids.isEmpty() ? ids : placedIn(ids, query);
        } else if (query.state() != null) {
            ids = changes.afterInState(query.state(), kind(query), after, ask);
        } else if (query.kind() != null) {
            ids = changes.afterOfKind(kind(query), after, ask);
        } else {
            ids = changes.after(after, ask);
        }
        boolean more = ids.size() > query.limit();
        List<Long> page = more ? ids.subList(0, query.limit()) : ids;
        List<Change> items = describe(page);
        String next = more ? query.next(PATH, page.get(page.size() - 1)) : null;
        return new ChangeList(items.size(), next, items);
    }

    /**
     * A page of an Atom feed (RFC 5005 paged feeds): up to {@code count} changes before the one with id
     * {@code before}, newest first, and where the pages around it start.
     *
     * @param older the {@code before} of the next (older) page; null on the last page
     * @param newer whether there are newer changes (a previous page): none on the first page
     * @param newerBefore the {@code before} of the previous page, null when it is the first page
     */
    public record Recent(
            List<Change> changes,
            @Nullable Long older,
            boolean newer,
            @Nullable Long newerBefore) {}

    /** The latest public changes before a change, newest first: the whole tracker's, or one jurisdiction's. */
    public Recent latest(@Nullable Long jurisdictionId, long before, int count) {
        List<Long> ids = jurisdictionId == null
                ? changes.latest(before, count + 1)
                : changes.latestInJurisdiction(jurisdictionId, before, count + 1);
        List<Long> page = ids.size() > count ? ids.subList(0, count) : ids;
        List<Change> described = new ArrayList<>(describe(page));
        java.util.Collections.reverse(described);
        Long older = ids.size() > count ? page.get(count - 1) : null;
        if (before == Long.MAX_VALUE) {
            return new Recent(described, older, false, null);
        }
        long newest = page.isEmpty() ? before - 1 : page.get(0);
        List<Long> newer = jurisdictionId == null
                ? changes.after(newest, count + 1)
                : changes.afterInJurisdiction(jurisdictionId, newest, count + 1);
        return new Recent(described, older, !newer.isEmpty(), newer.size() > count ? newer.get(count) : null);
    }

    /** The published jurisdiction with this slug, whose feed {@code /j/{slug}/feed.atom} is. */
    public Optional<Jurisdiction> published(String slug) {
        return jurisdictions.findBySlugAndPublicationState(slug, PublicationState.PUBLISHED);
    }

    /** A jurisdiction's changes, also of the state and kind asked for (its own, as filed). */
    private List<Long> placedIn(List<Long> ids, ChangeQuery query) {
        if (query.state() == null && query.kind() == null) {
            return ids;
        }
        Set<Long> kept = changes.places(ids).stream()
                .filter(p -> query.state() == null || query.state().equals(p.stateCode()))
                .filter(p -> query.kind() == null || query.kind().name().equals(p.kind()))
                .map(PublicChangeRepository.Place::auditEntryId)
                .collect(Collectors.toSet());
        return ids.stream().filter(kept::contains).toList();
    }

    private static @Nullable String kind(ChangeQuery query) {
        return query.kind() == null ? null : query.kind().name();
    }

    /** The public entries with these ids, in id order, each as the public saw it. */
    private List<Change> describe(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<AuditEntry> page = entries.findByIdInOrderById(ids);
        long last = page.get(page.size() - 1).id();
        Map<Long, States> states = replay(page, last);
        Map<Long, List<Place>> places = changes.places(ids).stream()
                .collect(Collectors.groupingBy(
                        PublicChangeRepository.Place::auditEntryId,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                p -> new Place(p.slug(), p.name(), p.stateCode(), p.kind()), Collectors.toList())));
        Map<Long, SourceView> published = publishedSources(states.values());
        List<AuditEntry> shown = new ArrayList<>();
        List<List<FieldChange>> changed = new ArrayList<>();
        for (AuditEntry entry : page) {
            if (!ChangeFields.isPublic(entry.recordType())) {
                continue;
            }
            States s = states.get(entry.id());
            List<FieldChange> fields = ChangeFields.between(
                    entry.recordType(),
                    entry.publicBefore() ? s.before() : null,
                    entry.publicAfter() ? s.after() : null);
            if (!fields.isEmpty()) { // else nothing the public sees changed (a field it does not show)
                shown.add(entry);
                changed.add(fields);
            }
        }
        changed = references.named(changed);
        List<Change> described = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            AuditEntry entry = shown.get(i);
            List<FieldChange> fields = changed.get(i);
            States s = states.get(entry.id());
            Map<String, Object> before = entry.publicBefore() ? s.before() : null;
            Map<String, Object> after = entry.publicAfter() ? s.after() : null;
            String change = before == null ? "ADDED" : after == null ? "REMOVED" : "CHANGED";
            ChangedRecord record = new ChangedRecord(
                    entry.recordType().name(),
                    entry.recordType().label(),
                    entry.recordId(),
                    places.getOrDefault(entry.id(), List.of()));
            described.add(new Change(
                    Long.toString(entry.id()),
                    change,
                    entry.occurredAt().toString(),
                    record,
                    ChangeTitles.title(change, record, fields),
                    fields,
                    sourcesOf(entry, after != null ? after : before, published)));
        }
        return described;
    }

    /** A record's values just before and just after one of its entries. */
    private record States(Map<String, Object> before, Map<String, Object> after) {}

    /** Replays the records of the page's entries up to the last one, keeping the states around each. */
    private Map<Long, States> replay(List<AuditEntry> page, long last) {
        Set<Long> wanted = page.stream().map(AuditEntry::id).collect(Collectors.toSet());
        Map<RecordType, Set<Long>> byType = new HashMap<>();
        page.forEach(e ->
                byType.computeIfAbsent(e.recordType(), t -> new TreeSet<>()).add(e.recordId()));
        Map<Long, States> states = new HashMap<>();
        byType.forEach((type, recordIds) -> {
            Map<Long, Map<String, Object>> current = new HashMap<>();
            for (AuditEntry e :
                    entries.findByRecordTypeAndRecordIdInAndIdLessThanEqualOrderById(type, recordIds, last)) {
                Map<String, Object> state = current.computeIfAbsent(e.recordId(), id -> new LinkedHashMap<>());
                Map<String, Object> before = wanted.contains(e.id()) ? new LinkedHashMap<>(state) : null;
                trail.readChanges(e).forEach((field, c) -> state.put(field, ((Map<?, ?>) c).get("new")));
                if (before != null) {
                    states.put(e.id(), new States(before, new LinkedHashMap<>(state)));
                }
            }
        });
        return states;
    }

    /** The published sources among those the page's records cited, by id, in one query. */
    private Map<Long, SourceView> publishedSources(Collection<States> states) {
        Set<Long> ids = new TreeSet<>();
        for (States s : states) {
            ids.addAll(sourceIds(s.before()));
            ids.addAll(sourceIds(s.after()));
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return sources.findByIdIn(ids).stream()
                .filter(s -> s.getPublicationState() == PublicationState.PUBLISHED)
                .collect(Collectors.toMap(Source::getId, ChangeFeed::view));
    }

    private List<SourceView> sourcesOf(AuditEntry entry, Map<String, Object> state, Map<Long, SourceView> published) {
        if (entry.recordType() == RecordType.SOURCE) {
            return List.of();
        }
        if (!state.containsKey("sources")) {
            return citations.findPublishedSources(entry.recordType().name(), List.of(entry.recordId())).stream()
                    .map(s -> published.getOrDefault(s.id(), PublishedSources.sourceView(s)))
                    .toList();
        }
        return sourceIds(state).stream()
                .map(published::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    private static List<Long> sourceIds(Map<String, Object> state) {
        return state.get("sources") instanceof List<?> list
                ? list.stream().map(id -> ((Number) id).longValue()).toList()
                : List.of();
    }

    private static SourceView view(Source s) {
        return new SourceView(
                s.getTitle(),
                s.getPublication(),
                s.getAuthor(),
                s.getUrl(),
                PublicValues.date(s.getPublishedOn(), s.getPublishedPrecision()),
                s.isPublishedInferred(),
                s.getSeedDocument());
    }
}
