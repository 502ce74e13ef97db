package org.civicdata.tracker.edge.opendata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.ChangeShapes.ChangedRecord;
import org.civicdata.tracker.edge.opendata.ChangeShapes.FieldChange;

/**
 * A change in words, as a feed reader's list shows it: "Chicago: DOJ letter status changed from Sent to
 * Responded", "Chicago: statement added". A status is named first when it is among the fields; a list
 * (a status history, sources) by how many entries it gained or lost, never as its raw value.
 */
final class ChangeTitles {

    private static final int VALUE_LENGTH = 60;

    private ChangeTitles() {}

    static String title(String change, ChangedRecord record, List<FieldChange> fields) {
        RecordType type = RecordType.valueOf(record.type());
        String place = record.jurisdictions().stream()
                .map(p -> p.name() == null ? p.state() : p.name())
                .limit(3)
                .collect(Collectors.joining(", "));
        if (record.jurisdictions().size() > 3) {
            place += " and " + (record.jurisdictions().size() - 3) + " more";
        }
        String subject = type == RecordType.JURISDICTION ? "" : typeWords(type) + " ";
        String prefix = place.isEmpty() ? "" : place + ": ";
        if (!change.equals("CHANGED")) {
            String what = type == RecordType.JURISDICTION ? "jurisdiction " : subject;
            return prefix + what + (change.equals("ADDED") ? "added" : "removed");
        }
        FieldChange first = fields.stream()
                .filter(f -> f.field().equals("status"))
                .findFirst()
                .orElse(fields.get(0));
        String more = fields.size() > 1 ? " (and " + (fields.size() - 1) + " more)" : "";
        return prefix + subject + describe(first) + more;
    }

    /** One field's change in words: "status changed from Sent to Responded", "status history: 1 entry added". */
    static String describe(FieldChange f) {
        String label = f.label().toLowerCase(Locale.ROOT);
        if (f.from() != null && f.to() != null && f.from().matches("\\d+") && isList(f)) {
            int added = Integer.parseInt(f.to()) - Integer.parseInt(f.from());
            String noun = f.field().equals("sources") ? "source" : "entry";
            int n = Math.abs(added);
            String counted = n + " " + (n == 1 ? noun : noun.equals("entry") ? "entries" : noun + "s");
            return added == 0 ? label + " changed" : label + ": " + counted + (added > 0 ? " added" : " removed");
        }
        return label + " changed from " + shown(f.fromLabel()) + " to " + shown(f.toLabel());
    }

    private static boolean isList(FieldChange f) {
        return f.toLabel() != null && f.toLabel().matches("\\d+ (entry|entries|source|sources)");
    }

    private static String shown(String value) {
        return value == null ? "(none)" : RecordNaming.excerpt(value, VALUE_LENGTH);
    }

    /** A type in words inside a sentence: "DOJ letter", "statement", "policy position". */
    static String typeWords(RecordType type) {
        String label = type.label();
        return label.length() > 1 && Character.isUpperCase(label.charAt(1))
                ? label
                : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
