package org.civicdata.tracker.record.dojletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.AttachedRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;
import org.civicdata.tracker.record.status.StatusEntry;

/** Staff work on DOJ letters: filtered in SQL, searched by recipient, sender or jurisdiction; audited edits. */
@Singleton
public class DojLetterService extends AttachedRecordsOfType<DojLetter, DojLetterFilter> {

    public static final Set<String> SORTABLE =
            Set.of("sentOn", "deadlineOn", "status", "publicationState", "updatedAt");

    private final DojLetterHistory history;

    DojLetterService(
            DojLetterRepository repository,
            JurisdictionService jurisdictions,
            RecordEditService editor,
            DojLetterHistory history) {
        super(RecordType.DOJ_LETTER, repository, jurisdictions, editor, SORTABLE, Sort.of(Sort.Order.asc("sentOn")));
        this.history = history;
    }

    /** Letters for a picker (a funding threat's letter): recipients, sender or jurisdiction contain the text. */
    public List<DojLetter> search(@Nullable String text, int page, int size) {
        return page(
                new DojLetterFilter(text, null, null),
                page,
                size,
                List.of(Sort.Order.desc("sentOn"), Sort.Order.asc("id")));
    }

    /** A letter in a few words, for pickers and lists: "2018-01-24 to Chicago (SENT)". */
    public String describe(DojLetter letter) {
        PartialDate sent = PartialDate.of(letter.getSentOn(), letter.getSentPrecision());
        String to = letter.getJurisdictionId() != null ? jurisdictionName(letter) : letter.getRecipients();
        return (sent == null ? "undated" : sent.toString()) + " to " + to + " ("
                + org.civicdata.tracker.core.common.Coded.labelOf(letter.getStatus()) + ")";
    }

    /** The letter's status history, in history order. */
    public List<StatusEntry> history(long id) {
        return history.of(id);
    }

    /**
     * Saves the letter with its status history (the part {@code statusHistory}; a save without it keeps the
     * stored one): refused, naming the row, when the history is empty or wrong; the letter's status is set
     * to its latest entry's, in the same audited change.
     */
    @Override
    @Transactional
    public DojLetter save(StaffPrincipal who, DojLetter letter, Collection<Long> sourceIds, Map<String, Object> parts) {
        history.checkSave(this, letter, sourceIds, parts, letter::setStatus, today());
        return super.save(who, letter, sourceIds, parts);
    }

    @Override
    protected Map<String, Object> canonical(Map<String, Object> parts) {
        return history.canonicalParts(parts);
    }

    @Override
    public List<FieldProblem> problems(DojLetter letter) {
        return DojLetterRules.check(letter, today());
    }
}
