package org.civicdata.tracker.record.dojletter;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.AttachedRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** Staff work on DOJ letters: filtered in SQL, searched by recipient, sender or jurisdiction; audited edits. */
@Singleton
public class DojLetterService extends AttachedRecordsOfType<DojLetter, DojLetterFilter> {

    public static final Set<String> SORTABLE =
            Set.of("sentOn", "deadlineOn", "status", "publicationState", "updatedAt");

    DojLetterService(DojLetterRepository repository, JurisdictionService jurisdictions, RecordEditService editor) {
        super(RecordType.DOJ_LETTER, repository, jurisdictions, editor, SORTABLE, Sort.of(Sort.Order.asc("sentOn")));
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

    @Override
    public List<FieldProblem> problems(DojLetter letter) {
        return DojLetterRules.check(letter, today());
    }
}
