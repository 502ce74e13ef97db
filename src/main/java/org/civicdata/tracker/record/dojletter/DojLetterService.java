package org.civicdata.tracker.record.dojletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.Paging;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.FilteredRecordsOfType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** Staff work on DOJ letters: filtered in SQL, searched by recipient, sender or jurisdiction; audited edits. */
@Singleton
public class DojLetterService extends FilteredRecordsOfType<DojLetter, DojLetterFilter> {

    public static final Set<String> SORTABLE =
            Set.of("sentOn", "deadlineOn", "status", "publicationState", "updatedAt");

    private final DojLetterRepository repository;
    private final JurisdictionService jurisdictions;

    DojLetterService(DojLetterRepository repository, JurisdictionService jurisdictions, RecordEditService editor) {
        super(RecordType.DOJ_LETTER, repository, editor, SORTABLE, Paging.LATEST_CHANGE, jurisdictions::idsMatching);
        this.repository = repository;
        this.jurisdictions = jurisdictions;
    }

    /** Letters for a picker (a funding threat's letter): recipients, sender or jurisdiction contain the text. */
    public List<DojLetter> search(@Nullable String text, int page, int size) {
        return page(
                new DojLetterFilter(text, null, null),
                page,
                size,
                List.of(Sort.Order.desc("sentOn"), Sort.Order.asc("id")));
    }

    /** Every letter to a jurisdiction, drafts included. */
    public List<DojLetter> ofJurisdiction(long jurisdictionId) {
        return repository.findByJurisdictionIdOrderBySentOnAsc(jurisdictionId);
    }

    /** A letter in a few words, for pickers and lists: "2018-01-24 to Chicago (SENT)". */
    public String describe(DojLetter letter) {
        PartialDate sent = PartialDate.of(letter.getSentOn(), letter.getSentPrecision());
        String to = letter.getJurisdictionId() != null
                ? jurisdictions.nameOf(letter.getJurisdictionId())
                : letter.getRecipients();
        return (sent == null ? "undated" : sent.toString()) + " to " + to + " ("
                + org.civicdata.tracker.core.common.Coded.labelOf(letter.getStatus()) + ")";
    }

    @Override
    public List<FieldProblem> problems(DojLetter letter) {
        return DojLetterRules.check(letter, today());
    }
}
