package org.civicdata.tracker.core.audit;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.audit.PublicLinkRepository.Link;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Files a public write (its record published before or after it) for the change feed, in the write's
 * transaction: the entry's id is taken under the publication lock, which every public write holds
 * until it commits ({@link PublicationGuard}), so public entries commit in the order of their ids and a
 * reader following them by id never passes one still to come; and the entry is filed under the
 * jurisdictions the record is shown under (its own for a jurisdiction; found by following the
 * SHOWN_UNDER links of {@link PublicLinkRepository} up to jurisdictions: a court case through its
 * threat, an event under each of its jurisdictions), with their state and kind as they are now.
 */
@Singleton
class ChangePlaces {

    private final PublicLinkRepository links;
    private final PublicChangeRepository changes;

    ChangePlaces(PublicLinkRepository links, PublicChangeRepository changes) {
        this.links = links;
        this.changes = changes;
    }

    /** Appends the entry ({@code append} saves it and gives its id) and files it under its jurisdictions. */
    void file(LongSupplier append, RecordType type, long id) {
        if (links.lockPublication().isEmpty()) {
            throw new IllegalStateException("The publication_lock row (migration V7) is missing");
        }
        long entryId = append.getAsLong();
        Set<Long> jurisdictions = new LinkedHashSet<>();
        if (type == RecordType.JURISDICTION) {
            jurisdictions.add(id);
        } else {
            collect(type.name(), List.of(id), jurisdictions);
        }
        if (!jurisdictions.isEmpty()) {
            changes.file(entryId, jurisdictions);
        }
    }

    /** The jurisdictions the records are shown under, directly or through what they are shown under. */
    private void collect(String type, Collection<Long> ids, Set<Long> jurisdictions) {
        Map<String, List<Long>> up = links.linksFrom(type, ids).stream()
                .filter(l -> l.rule().startsWith(PublicationGuard.SHOWN_UNDER))
                .collect(Collectors.groupingBy(
                        Link::parentType, Collectors.mapping(Link::parentId, Collectors.toList())));
        up.forEach((parentType, parents) -> {
            if (parentType.equals(RecordType.JURISDICTION.name())) {
                jurisdictions.addAll(parents);
            } else {
                collect(parentType, parents, jurisdictions);
            }
        });
    }
}
