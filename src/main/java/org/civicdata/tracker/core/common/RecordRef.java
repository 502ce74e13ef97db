package org.civicdata.tracker.core.common;

import java.util.EnumMap;
import java.util.Map;

/** A record named as staff read it: its type in words and its title ("policy position “Chicago: …”"). */
public record RecordRef(RecordType type, long id, String title) {

    private static final Map<RecordType, String> WORDS = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordType.SOURCE, "source"),
            Map.entry(RecordType.PERSON, "person"),
            Map.entry(RecordType.JURISDICTION, "jurisdiction"),
            Map.entry(RecordType.STATEMENT, "statement"),
            Map.entry(RecordType.DESIGNATION, "designation"),
            Map.entry(RecordType.POLICY_POSITION, "policy position"),
            Map.entry(RecordType.DOJ_LETTER, "DOJ letter"),
            Map.entry(RecordType.FUNDING_THREAT, "funding threat"),
            Map.entry(RecordType.COURT_CASE, "court case"),
            Map.entry(RecordType.EVENT, "event"),
            Map.entry(RecordType.ACCOUNT, "account"),
            Map.entry(RecordType.RELEASE, "data release")));

    /** The record type in words, lower case: "DOJ letter", "policy position". */
    public static String words(RecordType type) {
        return WORDS.get(type);
    }

    public String typeInWords() {
        return words(type);
    }

    /** "policy position “Chicago (IL): ICE_DETAINER_LIMITS = LIMITED”". */
    public String describe() {
        return typeInWords() + " “" + title + "”";
    }
}
