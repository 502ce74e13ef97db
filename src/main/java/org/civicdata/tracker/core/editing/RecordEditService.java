package org.civicdata.tracker.core.editing;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.audit.PublicationGuard;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.citation.Citations;
import org.civicdata.tracker.core.common.DependentRecordsException;
import org.civicdata.tracker.core.common.DependentRecordsException.Reason;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.RecordRef;
import org.civicdata.tracker.core.common.RecordType;

/**
 * What staff may do to records, for every record type alike, on top of the audited
 * {@link RecordWriter}:
 * <ul>
 *   <li>anyone signed in creates records, always as drafts;</li>
 *   <li>contributors edit and revert drafts only; editors and admins any record;</li>
 *   <li>only editors and admins publish, unpublish and delete;</li>
 *   <li>the citation rule: no record but a source is published without at least one published
 *       source, nor hidden by a draft it is shown under (a statement's speaker, a position's
 *       jurisdiction...: see {@link PublicationGuard}). A publish, unpublish or delete that would
 *       break it is refused naming every record concerned ({@link DependentRecordsException}), and
 *       {@link #publishWithPrerequisites} and {@link #unpublishWithDependents} do it in one step.</li>
 * </ul>
 */
@Singleton
public class RecordEditService {

    /** Every type but sources themselves (and accounts, which are not published). */
    public static final Set<RecordType> SOURCE_NEEDED_TO_PUBLISH =
            EnumSet.complementOf(EnumSet.of(RecordType.SOURCE, RecordType.ACCOUNT));

    private final RecordWriter writer;
    private final ReviewQueue reviews;
    private final PublicationGuard guard;
    private final Citations citations;

    public RecordEditService(RecordWriter writer, ReviewQueue reviews, PublicationGuard guard, Citations citations) {
        this.writer = writer;
        this.reviews = reviews;
        this.guard = guard;
        this.citations = citations;
    }

    /**
     * Creates a draft (no id) or updates the record (with the version it was read at): the one
     * create-or-update of every type's save, after the type has checked its fields. Anyone signed in
     * creates; contributors update drafts only.
     *
     * @param sourceIds the sources it cites; null to cite none (create) or keep them as they are (update)
     * @param parts     its parts kept in other tables (an event's jurisdictions), audited with it
     */
    @Transactional
    public <T extends PublishableRecord> T save(
            StaffPrincipal who,
            RecordType type,
            T record,
            @Nullable Collection<Long> sourceIds,
            Map<String, Object> parts) {
        if (record.getId() == null) {
            record.setPublicationState(PublicationState.DRAFT);
            return writer.create(type, record, sourceIds == null ? List.of() : sourceIds, parts, who.username());
        }
        requireDraftOrEditor(who, type, record.getId());
        return writer.update(type, record, sourceIds, parts, who.username());
    }

    /** As {@link #save(StaffPrincipal, RecordType, PublishableRecord, Collection, Map)}, for a record without parts. */
    @Transactional
    public <T extends PublishableRecord> T save(
            StaffPrincipal who, RecordType type, T record, @Nullable Collection<Long> sourceIds) {
        return save(who, type, record, sourceIds, Map.of());
    }

    /**
     * Publishes the version the user saw. Refused with the list when it needs drafts published with it
     * (its sources, speaker, jurisdiction...): {@link #publishWithPrerequisites} does both.
     */
    @Transactional
    public <T extends PublishableRecord> T publish(StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "publish");
        requireCited(type, id);
        PublicationGuard.Prerequisites needed = guard.prerequisites(type, id);
        if (!needed.toPublish().isEmpty()) {
            throw needsPublishing(type, id, needed);
        }
        T published = writer.setPublicationState(type, id, version, PublicationState.PUBLISHED, who.username());
        reviews.published(who, type, id);
        return published;
    }

    /**
     * Publishes the record with every draft it needs to be shown cited (its draft sources when it has
     * no published one, its speaker, its jurisdiction, a court case's threat, and theirs), in one
     * transaction, each with its own audit entry.
     */
    @Transactional
    public <T extends PublishableRecord> T publishWithPrerequisites(
            StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "publish");
        requireCited(type, id);
        PublicationGuard.Prerequisites needed = guard.prerequisites(type, id);
        if (!needed.withoutSource().isEmpty()) {
            throw needsPublishing(type, id, needed);
        }
        List<RecordWriter.Target> targets = new ArrayList<>(targets(needed.toPublish()));
        targets.add(new RecordWriter.Target(type, id, version));
        writer.setPublicationStates(targets, PublicationState.PUBLISHED, who.username());
        for (RecordWriter.Target t : targets) {
            reviews.published(who, t.type(), t.id());
        }
        return current(type, id);
    }

    /**
     * Unpublishes the version the user saw. Refused with the list when published records would be
     * left without a published source, or hidden: {@link #unpublishWithDependents} takes them down too.
     */
    @Transactional
    public <T extends PublishableRecord> T unpublish(StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "unpublish");
        List<RecordRef> down = guard.takenDownWith(type, id);
        refuseIfAny(type, id, down, Reason.UNPUBLISH_TAKES_DOWN, true, RecordEditService::takesDown);
        return writer.setPublicationState(type, id, version, PublicationState.DRAFT, who.username());
    }

    /**
     * Unpublishes the record and every published record that would be left uncited or hidden without
     * it, in one transaction, each with its own audit entry.
     */
    @Transactional
    public <T extends PublishableRecord> T unpublishWithDependents(
            StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "unpublish");
        List<RecordWriter.Target> targets = new ArrayList<>();
        targets.add(new RecordWriter.Target(type, id, version));
        targets.addAll(targets(guard.takenDownWith(type, id)));
        writer.setPublicationStates(targets, PublicationState.DRAFT, who.username());
        return current(type, id);
    }

    /** Deletes the version the user saw; refused, naming each of them, while other records refer to it. */
    @Transactional
    public void delete(StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "delete");
        List<RecordRef> referring = guard.referrers(type, id);
        refuseIfAny(type, id, referring, Reason.DELETE_REFERRED, false, RecordEditService::stillReferred);
        writer.delete(type, id, version, who.username());
    }

    @Transactional
    public <T extends PublishableRecord> T revert(
            StaffPrincipal who, RecordType type, long id, int toVersion, int version) {
        requireDraftOrEditor(who, type, id);
        return writer.revert(type, id, toVersion, version, who.username());
    }

    public ReviewQueue reviews() {
        return reviews;
    }

    public List<Long> sourceIds(RecordType type, long id) {
        return citations.sourceIds(type, id);
    }

    private void requireCited(RecordType type, long id) {
        if (SOURCE_NEEDED_TO_PUBLISH.contains(type)
                && citations.sourceIds(type, id).isEmpty()) {
            throw new InvalidInputException(
                    "sources", "Add at least one source before publishing: every published value carries a citation.");
        }
    }

    private static String takesDown(RecordRef subject, List<RecordRef> down) {
        return "Unpublishing " + subject.describe() + " would leave " + count(down.size(), "published record")
                + " without a published source, or hidden from the public: " + describe(down)
                + ". Unpublish them with it, or give them another published source first.";
    }

    private static String stillReferred(RecordRef subject, List<RecordRef> referring) {
        return "Not deleted: " + count(referring.size(), "record") + " still "
                + (referring.size() == 1 ? "refers" : "refer") + " to " + subject.describe() + ": "
                + describe(referring) + ". Delete them or point them elsewhere first.";
    }

    /** Refuses the action, naming the records found, when there are any. */
    private void refuseIfAny(
            RecordType type,
            long id,
            List<RecordRef> found,
            Reason reason,
            boolean oneStepPossible,
            BiFunction<RecordRef, List<RecordRef>, String> message) {
        if (!found.isEmpty()) {
            RecordRef subject = guard.ref(type, id);
            throw new DependentRecordsException(reason, subject, found, oneStepPossible, message.apply(subject, found));
        }
    }

    private DependentRecordsException needsPublishing(RecordType type, long id, PublicationGuard.Prerequisites needed) {
        RecordRef subject = guard.ref(type, id);
        List<RecordRef> all = new ArrayList<>(needed.toPublish());
        needed.withoutSource().stream().filter(r -> !all.contains(r)).forEach(all::add);
        String message = "Publishing " + subject.describe() + " needs "
                + count(needed.toPublish().size(), "draft")
                + " published with it, so that it is shown with a published source: " + describe(needed.toPublish())
                + ".";
        if (!needed.withoutSource().isEmpty()) {
            message += " It cannot be done in one step yet: " + describe(needed.withoutSource())
                    + (needed.withoutSource().size() == 1 ? " has" : " have") + " no source; add one first.";
        }
        return new DependentRecordsException(
                DependentRecordsException.Reason.PUBLISH_NEEDS,
                subject,
                all,
                needed.withoutSource().isEmpty(),
                message);
    }

    /** The records at their current versions (the ones the user acts on come with the version they saw). */
    private List<RecordWriter.Target> targets(List<RecordRef> records) {
        return records.stream()
                .map(r -> new RecordWriter.Target(
                        r.type(),
                        r.id(),
                        writer.find(r.type(), r.id()).orElseThrow().getVersion()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T extends PublishableRecord> T current(RecordType type, long id) {
        return (T) writer.find(type, id).orElseThrow();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String describe(List<RecordRef> records) {
        return records.stream().map(RecordRef::describe).collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * Whether this person may change this stored record: editors and admins any, contributors drafts only
     * (what {@link #save} and {@link #revert} enforce); for a preview that flags what a save would refuse.
     */
    public static boolean mayChange(StaffPrincipal who, PublishableRecord stored) {
        return who.may(StaffRole.EDITOR) || stored.getPublicationState() == PublicationState.DRAFT;
    }

    private void requireDraftOrEditor(StaffPrincipal who, RecordType type, Long id) {
        if (who.may(StaffRole.EDITOR) || id == null) {
            return;
        }
        boolean draft = writer.find(type, id)
                .map(r -> ((PublishableRecord) r).getPublicationState() == PublicationState.DRAFT)
                .orElse(true);
        if (!draft) {
            throw new NotPermittedException(
                    "A contributor edits drafts only; ask an editor to change a published record.");
        }
    }

    private static void require(StaffPrincipal who, StaffRole role, String action) {
        if (!who.may(role)) {
            throw new NotPermittedException("Only an editor or admin may " + action + " records.");
        }
    }
}
