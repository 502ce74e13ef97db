package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicdata.tracker.core.audit.AuditTrail;
import org.civicdata.tracker.core.common.RecordField;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.ChangeShapes.FieldChange;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.designation.DesignationFields;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterFields;
import org.civicdata.tracker.record.event.Event;
import org.civicdata.tracker.record.event.EventFields;
import org.civicdata.tracker.record.funding.CourtCase;
import org.civicdata.tracker.record.funding.CourtCaseFields;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatFields;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionFields;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonFields;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.policy.PolicyPositionFields;
import org.civicdata.tracker.record.source.Source;
import org.civicdata.tracker.record.source.SourceFields;
import org.civicdata.tracker.record.statement.Statement;
import org.civicdata.tracker.record.statement.StatementFields;

/**
 * What of a record the change feed shows, per type: the fields of its description
 * ({@code JurisdictionFields}, {@code DojLetterFields}...), its notes where the public JSON shows them
 * (every type but people and sources), and the lists the audit trail keeps as fields of the record
 * (its sources, an event's jurisdictions and figures, a status history), summarised by their number of
 * entries. Everything else the trail holds (the ids that place a record, bookkeeping, seed keys) is
 * not public and never shown.
 */
final class ChangeFields {

    private ChangeFields() {}

    /** A type's class and description. */
    private record Described<R>(Class<R> type, List<RecordField<R>> fields, boolean notes) {

        List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
            R old = before == null ? null : AuditTrail.rebuilt(type, before);
            R now = after == null ? null : AuditTrail.rebuilt(type, after);
            List<FieldChange> changes = new ArrayList<>();
            for (RecordField<R> field : fields) {
                String from = old == null ? null : text(field, old);
                String to = now == null ? null : text(field, now);
                if (!Objects.equals(from, to)) {
                    changes.add(new FieldChange(
                            field.name(),
                            field.label(),
                            from,
                            to,
                            from == null ? null : field.shown(old),
                            to == null ? null : field.shown(now)));
                }
            }
            if (notes) {
                text("notes", "Notes", before, after).ifPresent(changes::add);
            }
            Set<String> lists = new LinkedHashSet<>();
            listNames(before, lists);
            listNames(after, lists);
            for (String list : lists) {
                int from = size(before, list);
                int to = size(after, list);
                if (from != to || !Objects.equals(value(before, list), value(after, list))) {
                    String noun = list.equals("sources") ? "source" : "entry";
                    changes.add(new FieldChange(
                            list,
                            words(list),
                            before == null ? null : Integer.toString(from),
                            after == null ? null : Integer.toString(to),
                            before == null ? null : count(from, noun),
                            after == null ? null : count(to, noun)));
                }
            }
            return changes;
        }
    }

    private static final Map<RecordType, Described<?>> TYPES = new EnumMap<>(RecordType.class);

    static {
        TYPES.put(RecordType.JURISDICTION, new Described<>(Jurisdiction.class, JurisdictionFields.ALL, true));
        TYPES.put(RecordType.POLICY_POSITION, new Described<>(PolicyPosition.class, PolicyPositionFields.ALL, true));
        TYPES.put(RecordType.DESIGNATION, new Described<>(Designation.class, DesignationFields.ALL, true));
        TYPES.put(RecordType.DOJ_LETTER, new Described<>(DojLetter.class, DojLetterFields.ALL, true));
        TYPES.put(RecordType.FUNDING_THREAT, new Described<>(FundingThreat.class, FundingThreatFields.ALL, true));
        TYPES.put(RecordType.COURT_CASE, new Described<>(CourtCase.class, CourtCaseFields.ALL, true));
        TYPES.put(RecordType.STATEMENT, new Described<>(Statement.class, StatementFields.ALL, true));
        TYPES.put(RecordType.EVENT, new Described<>(Event.class, EventFields.ALL, true));
        TYPES.put(RecordType.PERSON, new Described<>(Person.class, PersonFields.ALL, false));
        TYPES.put(RecordType.SOURCE, new Described<>(Source.class, SourceFields.ALL, false));
    }

    /** Whether the feed shows records of this type (staff accounts never). */
    static boolean isPublic(RecordType type) {
        return TYPES.containsKey(type);
    }

    /**
     * The public fields that differ between two states of a record (replayed from its audit trail;
     * null: the record was not public), in the order its description lists them.
     */
    static List<FieldChange> between(
            RecordType type, @Nullable Map<String, Object> before, @Nullable Map<String, Object> after) {
        Described<?> described = TYPES.get(type);
        return described == null ? List.of() : described.changes(before, after);
    }

    private static <R> String text(RecordField<R> field, R record) {
        String text = field.kind() == RecordField.Kind.REFERENCE
                ? Objects.toString(field.value(record), "")
                : field.text(record);
        return text.isEmpty() ? null : text;
    }

    private static java.util.Optional<FieldChange> text(
            String name, String label, Map<String, Object> before, Map<String, Object> after) {
        String from = before == null ? null : (String) before.get(name);
        String to = after == null ? null : (String) after.get(name);
        from = from == null || from.isBlank() ? null : from;
        to = to == null || to.isBlank() ? null : to;
        return Objects.equals(from, to)
                ? java.util.Optional.empty()
                : java.util.Optional.of(new FieldChange(name, label, from, to, from, to));
    }

    private static void listNames(@Nullable Map<String, Object> state, Set<String> names) {
        if (state != null) {
            state.forEach((name, value) -> {
                if (value instanceof List<?>) {
                    names.add(name);
                }
            });
        }
    }

    private static @Nullable Object value(@Nullable Map<String, Object> state, String name) {
        return state == null ? null : state.get(name);
    }

    private static int size(@Nullable Map<String, Object> state, String name) {
        return value(state, name) instanceof List<?> list ? list.size() : 0;
    }

    private static String count(int n, String noun) {
        return n + " " + (n == 1 ? noun : noun.equals("entry") ? "entries" : noun + "s");
    }

    /** A property name in words: "statusHistory" is "Status history". */
    static String words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
