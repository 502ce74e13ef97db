package org.civicdata.tracker.edge.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.ChangeShapes.ChangedRecord;
import org.civicdata.tracker.edge.opendata.ChangeShapes.FieldChange;
import org.civicdata.tracker.edge.opendata.ChangeShapes.Place;
import org.junit.jupiter.api.Test;

/**
 * What of a replayed change the feed shows, without a database: a status change arriving with its
 * history (as the status history will audit it: an array field of the record) is the status in words,
 * the array summarised by its number of entries; non-public properties never show.
 */
class ChangeFieldsTest {

    private static Map<String, Object> letter(String status, List<Object> history) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("jurisdictionId", 7);
        state.put("sender", "DOJ");
        state.put("status", status);
        state.put("sentOn", "2018-01-01");
        state.put("sentPrecision", "MONTH");
        state.put("statusHistory", history);
        state.put("seedKey", "letter-1");
        state.put("sources", List.of(1, 2));
        return state;
    }

    @Test
    void aStatusChangeWithItsHistoryIsTheStatusInWordsAndTheHistoryCounted() {
        List<FieldChange> fields = ChangeFields.between(
                RecordType.DOJ_LETTER,
                letter("SENT", List.of(Map.of("status", "SENT"))),
                letter("RESPONDED", List.of(Map.of("status", "SENT"), Map.of("status", "RESPONDED"))));
        assertThat(fields)
                .containsExactly(
                        new FieldChange("status", "Status", "SENT", "RESPONDED", "Sent", "Responded"),
                        new FieldChange("statusHistory", "Status history", "1", "2", "1 entry", "2 entries"));
        ChangedRecord record = new ChangedRecord(
                "DOJ_LETTER", "DOJ letter", 1, List.of(new Place("chicago-il", "Chicago", "IL", "CITY")));
        assertThat(ChangeTitles.title("CHANGED", record, fields))
                .isEqualTo("Chicago: DOJ letter status changed from Sent to Responded (and 1 more)");
        assertThat(ChangeTitles.describe(fields.get(1))).isEqualTo("status history: 1 entry added");
    }

    @Test
    void aJurisdictionsParentAndAStatementsSpeakerAreReferencesByIdAndUnchangedOnesAreNotListed() {
        assertThat(ChangeFields.between(
                        RecordType.JURISDICTION,
                        Map.of("name", "Oak Park", "parentId", 3),
                        Map.of("name", "Oak Park", "parentId", 4)))
                .containsExactly(new FieldChange("parent", "Parent", "3", "4", "3", "4", "JURISDICTION", null, null));
        assertThat(ChangeFields.between(
                        RecordType.STATEMENT,
                        Map.of("text", "Hi", "personId", 1, "jurisdictionId", 9),
                        Map.of("text", "Hi", "personId", 2, "jurisdictionId", 9)))
                .containsExactly(new FieldChange("speaker", "Speaker", "1", "2", "1", "2", "PERSON", null, null));
    }

    @Test
    void aRecordAppearingListsItsPublicFieldsAsNewValuesAndNothingElse() {
        List<FieldChange> fields =
                ChangeFields.between(RecordType.DOJ_LETTER, null, letter("SENT", List.of(Map.of("status", "SENT"))));
        assertThat(fields)
                .extracting(FieldChange::field)
                .containsExactly("sentOn", "sender", "status", "jurisdiction", "statusHistory", "sources");
        assertThat(fields.get(0)).isEqualTo(new FieldChange("sentOn", "Sent on", null, "2018-01", null, "2018-01"));
        // a reference goes out as the id, named later (ChangeReferences) only if published
        assertThat(fields.get(3))
                .isEqualTo(new FieldChange(
                        "jurisdiction", "Jurisdiction", null, "7", null, "7", "JURISDICTION", null, null));
        assertThat(fields).allSatisfy(f -> assertThat(f.from()).isNull());
        assertThat(ChangeFields.between(RecordType.ACCOUNT, null, Map.of("username", "x")))
                .isEmpty();
    }
}
