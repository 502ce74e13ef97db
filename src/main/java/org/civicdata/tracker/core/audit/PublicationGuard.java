package org.civicdata.tracker.core.audit;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.civicdata.tracker.core.audit.PublicLinkRepository.Link;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.RecordRef;
import org.civicdata.tracker.core.common.RecordTitles;
import org.civicdata.tracker.core.common.RecordType;

/**
 * The citation invariant of the write path: <b>no published record without at least one published
 * source, and none hidden from the public by a draft it is shown under</b> (a statement under its
 * speaker and its jurisdiction; a position, designation, letter or threat under its jurisdiction; a
 * court case under its threat; an event under at least one of its jurisdictions). {@link RecordWriter}
 * calls {@link #check} inside the transaction of every write, so staff edits, imports, the seed
 * loader and reverts all keep it; {@code RecordEditService} asks the other questions first to refuse with
 * the whole list and to offer the one-step actions.
 */
@Singleton
public class PublicationGuard {

    static final String CITES = "CITES";
    static final String SHOWN_UNDER = "SHOWN_UNDER";
    static final String SHOWN_UNDER_ANY = "SHOWN_UNDER_ANY";
    static final String REFERS = "REFERS";

    private final PublicLinkRepository links;
    /** Names as people read them, from each type's naming; looked up lazily (the namers use the write path). */
    private final BeanProvider<RecordTitles> titles;

    PublicationGuard(PublicLinkRepository links, BeanProvider<RecordTitles> titles) {
        this.links = links;
        this.titles = titles;
    }

    /** A record by type and id. */
    public record Key(RecordType type, long id) {}

    /** What publishing a record needs: drafts to publish with it, and records that have no source at all. */
    public record Prerequisites(List<RecordRef> toPublish, List<RecordRef> withoutSource) {}

    /** Every record type but sources (and staff accounts) cites at least one published source when published. */
    public static boolean needsSource(RecordType type) {
        return type != RecordType.SOURCE && type != RecordType.ACCOUNT;
    }

    /**
     * Refuses a write that leaves a published record without a published source or hidden: the
     * records written, and (when {@code mayHaveGoneDown}: an unpublish or delete) the published
     * records that need them.
     */
    public void check(Collection<Key> written, boolean mayHaveGoneDown) {
        // Serialise the checks: two concurrent writes must not each pass on what the other is changing.
        if (links.lockPublication().isEmpty()) {
            throw new IllegalStateException("The publication_lock row (migration V7) is missing");
        }
        PublicationGraph graph = new PublicationGraph(links, titles);
        Set<Key> candidates = new LinkedHashSet<>(written);
        if (mayHaveGoneDown) {
            for (Key w : written) {
                if (!graph.published(w)) {
                    links.linksTo(w.type().name(), w.id()).stream()
                            .filter(l -> !REFERS.equals(l.rule()))
                            .forEach(l -> candidates.add(PublicationGraph.child(l)));
                }
            }
        }
        graph.load(candidates);
        List<Key> left = candidates.stream()
                .filter(c -> graph.published(c) && !graph.shownWithout(c, Set.of()))
                .toList();
        if (left.isEmpty()) {
            return;
        }
        Key only = left.get(0);
        if (left.size() == 1 && written.contains(only) && !graph.cited(only, Set.of())) {
            throw new InvalidInputException(
                    "sources",
                    "A published " + RecordRef.words(only.type())
                            + " keeps at least one published source: add one, or unpublish it first.");
        }
        Key subject = written.iterator().next();
        throw new DependentRecordsException(
                DependentRecordsException.Reason.CHANGE_LEAVES_UNCITED,
                graph.ref(subject),
                graph.refs(left),
                false,
                "Refused: this would leave " + count(left.size(), "published record")
                        + " without a published source, or hidden from the public by a draft it is shown under: "
                        + graph.describe(left) + ". Nothing was changed.");
    }

    /**
     * The published records that unpublishing (or deleting) this one would leave without a published
     * source or hidden, and in turn those that need them; the record itself not included.
     */
    public List<RecordRef> takenDownWith(RecordType type, long id) {
        PublicationGraph graph = new PublicationGraph(links, titles);
        Key subject = new Key(type, id);
        Set<Key> down = new HashSet<>(Set.of(subject));
        List<Key> result = new ArrayList<>();
        Deque<Key> queue = new ArrayDeque<>(List.of(subject));
        while (!queue.isEmpty()) {
            Key next = queue.poll();
            List<Key> children = links.linksTo(next.type().name(), next.id()).stream()
                    .filter(l -> !REFERS.equals(l.rule()))
                    .map(PublicationGraph::child)
                    .distinct()
                    .toList();
            graph.load(children);
            for (Key c : children) {
                if (!down.contains(c) && graph.published(c) && !graph.shownWithout(c, down)) {
                    down.add(c);
                    result.add(c);
                    queue.add(c);
                }
            }
        }
        return graph.refs(result);
    }

    /** The drafts that must be published with this record for it to be shown, cited, to the public. */
    public Prerequisites prerequisites(RecordType type, long id) {
        PublicationGraph graph = new PublicationGraph(links, titles);
        Set<Key> toPublish = new LinkedHashSet<>();
        List<Key> withoutSource = new ArrayList<>();
        visitPrerequisites(graph, new Key(type, id), toPublish, withoutSource);
        return new Prerequisites(graph.refs(toPublish), graph.refs(withoutSource));
    }

    private void visitPrerequisites(PublicationGraph graph, Key record, Set<Key> toPublish, List<Key> withoutSource) {
        List<Link> from = graph.from(record);
        Predicate<Key> shown = k -> graph.published(k) || toPublish.contains(k);
        if (needsSource(record.type())) {
            List<Key> cited = PublicationGraph.parents(from, CITES).stream()
                    .filter(graph::exists)
                    .toList();
            if (cited.isEmpty()) {
                withoutSource.add(record);
            } else if (cited.stream().noneMatch(shown)) {
                toPublish.addAll(cited);
            }
        }
        List<Key> needed = new ArrayList<>(PublicationGraph.parents(from, SHOWN_UNDER));
        List<Key> anyOf = PublicationGraph.parents(from, SHOWN_UNDER_ANY);
        if (!anyOf.isEmpty() && anyOf.stream().noneMatch(shown)) {
            needed.addAll(anyOf);
        }
        for (Key parent : needed) {
            if (!shown.test(parent)) {
                toPublish.add(parent);
                visitPrerequisites(graph, parent, toPublish, withoutSource);
            }
        }
    }

    /** Every record that refers to this one, drafts included: what stands in the way of deleting it. */
    public List<RecordRef> referrers(RecordType type, long id) {
        PublicationGraph graph = new PublicationGraph(links, titles);
        List<Key> referring = links.linksTo(type.name(), id).stream()
                .map(PublicationGraph::child)
                .distinct()
                .toList();
        graph.load(referring);
        return graph.refs(referring);
    }

    /** The record as staff name it. */
    public RecordRef ref(RecordType type, long id) {
        return new PublicationGraph(links, titles).ref(new Key(type, id));
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
