package org.civicdata.tracker.core.audit;

import static org.civicdata.tracker.core.audit.PublicationGuard.CITES;
import static org.civicdata.tracker.core.audit.PublicationGuard.SHOWN_UNDER;
import static org.civicdata.tracker.core.audit.PublicationGuard.SHOWN_UNDER_ANY;

import io.micronaut.context.BeanProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.PublicLinkRepository.Link;
import org.civicdata.tracker.core.audit.PublicLinkRepository.LinkedRecord;
import org.civicdata.tracker.core.audit.PublicationGuard.Key;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordRef;
import org.civicdata.tracker.core.common.RecordTitles;
import org.civicdata.tracker.core.common.RecordType;

/**
 * The records and public links one question of the {@link PublicationGuard} looks at, each read once
 * (a query per type), and what follows from them: whether a record is published, cited, shown.
 */
final class PublicationGraph {

    private static final String PUBLISHED = PublicationState.PUBLISHED.name();

    private final PublicLinkRepository links;
    private final BeanProvider<RecordTitles> titles;
    private final Map<Key, Optional<LinkedRecord>> records = new HashMap<>();
    private final Map<Key, List<Link>> from = new HashMap<>();

    PublicationGraph(PublicLinkRepository links, BeanProvider<RecordTitles> titles) {
        this.links = links;
        this.titles = titles;
    }

    static Key child(Link l) {
        return new Key(RecordType.valueOf(l.childType()), l.childId());
    }

    static Key parent(Link l) {
        return new Key(RecordType.valueOf(l.parentType()), l.parentId());
    }

    static List<Key> parents(List<Link> from, String rule) {
        return from.stream()
                .filter(l -> rule.equals(l.rule()))
                .map(PublicationGraph::parent)
                .distinct()
                .toList();
    }

    /** Reads the records, their links and the records they link to, a query per type. */
    void load(Collection<Key> keys) {
        loadRecords(keys);
        Map<RecordType, List<Long>> missing = keys.stream()
                .filter(k -> !from.containsKey(k))
                .collect(Collectors.groupingBy(Key::type, Collectors.mapping(Key::id, Collectors.toList())));
        Set<Key> parents = new HashSet<>();
        missing.forEach((type, ids) -> {
            ids.forEach(id -> from.put(new Key(type, id), new ArrayList<>()));
            for (Link l : links.linksFrom(type.name(), ids)) {
                from.get(child(l)).add(l);
                parents.add(parent(l));
            }
        });
        loadRecords(parents);
    }

    private void loadRecords(Collection<Key> keys) {
        Map<RecordType, List<Long>> missing = keys.stream()
                .filter(k -> !records.containsKey(k))
                .collect(Collectors.groupingBy(Key::type, Collectors.mapping(Key::id, Collectors.toList())));
        missing.forEach((type, ids) -> {
            ids.forEach(id -> records.put(new Key(type, id), Optional.empty()));
            for (LinkedRecord r : links.records(type.name(), ids)) {
                records.put(new Key(type, r.recordId()), Optional.of(r));
            }
        });
    }

    Optional<LinkedRecord> record(Key k) {
        if (!records.containsKey(k)) {
            loadRecords(List.of(k));
        }
        return records.get(k);
    }

    boolean exists(Key k) {
        return record(k).isPresent();
    }

    boolean published(Key k) {
        return record(k).map(r -> PUBLISHED.equals(r.publicationState())).orElse(false);
    }

    List<Link> from(Key k) {
        if (!from.containsKey(k)) {
            load(List.of(k));
        }
        return from.get(k);
    }

    /** Whether a record cites a published source that is not among those taken down. */
    boolean cited(Key k, Set<Key> down) {
        return parents(from(k), CITES).stream().anyMatch(p -> !down.contains(p) && published(p));
    }

    /** Whether a record, published, is still cited and shown when the records {@code down} go down. */
    boolean shownWithout(Key k, Set<Key> down) {
        if (PublicationGuard.needsSource(k.type()) && !cited(k, down)) {
            return false;
        }
        Predicate<Key> up = p -> !down.contains(p) && published(p);
        List<Link> links = from(k);
        if (!parents(links, SHOWN_UNDER).stream().allMatch(up)) {
            return false;
        }
        List<Key> anyOf = parents(links, SHOWN_UNDER_ANY);
        return anyOf.isEmpty() || anyOf.stream().anyMatch(up);
    }

    RecordRef ref(Key k) {
        String title = record(k)
                .map(r -> titles.isPresent() ? titles.get().of(k.type(), k.id()) : r.title())
                .orElse(null);
        return new RecordRef(k.type(), k.id(), title == null ? "#" + k.id() : title);
    }

    List<RecordRef> refs(Collection<Key> keys) {
        loadRecords(keys);
        return keys.stream().map(this::ref).toList();
    }

    String describe(Collection<Key> keys) {
        return refs(keys).stream().map(RecordRef::describe).collect(Collectors.joining("; "));
    }
}
