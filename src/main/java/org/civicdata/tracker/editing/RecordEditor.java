package org.civicdata.tracker.editing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.account.StaffPrincipal;
import org.civicdata.tracker.account.StaffRole;
import org.civicdata.tracker.audit.RecordWriter;
import org.civicdata.tracker.common.InvalidInputException;
import org.civicdata.tracker.common.NotPermittedException;
import org.civicdata.tracker.common.PublicationState;
import org.civicdata.tracker.common.PublishableRecord;
import org.civicdata.tracker.common.RecordType;

/**
 * What staff may do to records, for every record type alike, on top of the audited
 * {@link RecordWriter}:
 * <ul>
 *   <li>anyone signed in creates records, always as drafts;</li>
 *   <li>contributors edit and revert drafts only; editors and admins any record;</li>
 *   <li>only editors and admins publish, unpublish and delete;</li>
 *   <li>the citation rule: a policy position, designation, DOJ letter, funding threat, court case,
 *       statement or event is not published without at least one source.</li>
 * </ul>
 */
@Singleton
public class RecordEditor {

    public static final Set<RecordType> SOURCE_NEEDED_TO_PUBLISH = EnumSet.of(RecordType.POLICY_POSITION,
            RecordType.DESIGNATION, RecordType.DOJ_LETTER, RecordType.FUNDING_THREAT, RecordType.COURT_CASE,
            RecordType.STATEMENT, RecordType.EVENT);

    private final RecordWriter writer;
    private final ReviewQueue reviews;

    public RecordEditor(RecordWriter writer, ReviewQueue reviews) {
        this.writer = writer;
        this.reviews = reviews;
    }

    @Transactional
    public <T extends PublishableRecord> T create(StaffPrincipal who, RecordType type, T record,
                                                  Collection<Long> sourceIds) {
        return create(who, type, record, sourceIds, Map.of());
    }

    /** Creates a draft with its parts kept in other tables (an event's jurisdictions), audited with it. */
    @Transactional
    public <T extends PublishableRecord> T create(StaffPrincipal who, RecordType type, T record,
                                                  Collection<Long> sourceIds, Map<String, Object> parts) {
        record.setPublicationState(PublicationState.DRAFT);
        return writer.create(type, record, sourceIds, parts, who.username());
    }

    @Transactional
    public <T extends PublishableRecord> T update(StaffPrincipal who, RecordType type, T edited,
                                                  Collection<Long> sourceIds) {
        return update(who, type, edited, sourceIds, Map.of());
    }

    /** Updates a record and replaces the parts given (an event's jurisdictions), in one audited change. */
    @Transactional
    public <T extends PublishableRecord> T update(StaffPrincipal who, RecordType type, T edited,
                                                  Collection<Long> sourceIds, Map<String, Object> parts) {
        requireDraftOrEditor(who, type, edited.getId());
        return writer.update(type, edited, sourceIds, parts, who.username());
    }

    @Transactional
    public <T extends PublishableRecord> T publish(StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "publish");
        if (SOURCE_NEEDED_TO_PUBLISH.contains(type) && writer.sourceIds(type, id).isEmpty()) {
            throw new InvalidInputException("sources",
                    "Add at least one source before publishing: every published value carries a citation.");
        }
        T published = writer.setPublicationState(type, id, version, PublicationState.PUBLISHED, who.username());
        reviews.published(who, type, id);
        return published;
    }

    @Transactional
    public <T extends PublishableRecord> T unpublish(StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "unpublish");
        return writer.setPublicationState(type, id, version, PublicationState.DRAFT, who.username());
    }

    @Transactional
    public void delete(StaffPrincipal who, RecordType type, long id, int version) {
        require(who, StaffRole.EDITOR, "delete");
        writer.delete(type, id, version, who.username());
    }

    @Transactional
    public <T extends PublishableRecord> T revert(StaffPrincipal who, RecordType type, long id, int toVersion,
                                                  int version) {
        requireDraftOrEditor(who, type, id);
        return writer.revert(type, id, toVersion, version, who.username());
    }

    public ReviewQueue reviews() {
        return reviews;
    }

    public List<Long> sourceIds(RecordType type, long id) {
        return writer.sourceIds(type, id);
    }

    /**
     * Whether this person may change this stored record: editors and admins any, contributors drafts only
     * (what {@link #update} and {@link #revert} enforce); for a preview that flags what a save would refuse.
     */
    public static boolean mayChange(StaffPrincipal who, PublishableRecord stored) {
        return who.may(StaffRole.EDITOR) || stored.getPublicationState() == PublicationState.DRAFT;
    }

    private void requireDraftOrEditor(StaffPrincipal who, RecordType type, Long id) {
        if (who.may(StaffRole.EDITOR) || id == null) {
            return;
        }
        boolean draft = writer.find(type, id).map(r -> ((PublishableRecord) r).getPublicationState() == PublicationState.DRAFT)
                .orElse(true);
        if (!draft) {
            throw new NotPermittedException("A contributor edits drafts only; ask an editor to change a published record.");
        }
    }

    private static void require(StaffPrincipal who, StaffRole role, String action) {
        if (!who.may(role)) {
            throw new NotPermittedException("Only an editor or admin may " + action + " records.");
        }
    }
}
