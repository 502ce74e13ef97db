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
 * entries; and the references to other records the public record shows (a statement's speaker and
 * jurisdiction, a record's jurisdiction, a funding threat's DOJ letter, a court case's funding threat,
 * a jurisdiction's parent) by id, named later by {@link ChangeReferences}. Everything else the trail
 * holds (bookkeeping, seed keys) is not public and never shown.
 */
final class ChangeFields {

    private ChangeFields() {}

    /** A property of the trail holding another record's id, and how the feed names it. */
    private record Reference(String property, String name, String label, RecordType type) {}

    private static final Reference JURISDICTION =
            new Reference("jurisdictionId", "jurisdiction", "Jurisdiction", RecordType.JURISDICTION);

    /** A type's class, description and references (a description's own REFERENCE is to its type). */
    private record Described<R>(
            RecordType self, Class<R> type, List<RecordField<R>> fields, List<Reference> references, boolean notes) {

        List<FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
            R old = before == null ? null : AuditTrail.rebuilt(type, before);
            R now = after == null ? null : AuditTrail.rebuilt(type, after);
            List<FieldChange> changes = new ArrayList<>();
            for (RecordField<R> field : fields) {
                String from = old == null ? null : text(field, old);
                String to = now == null ? null : text(field, now);
                if (field.kind() == RecordField.Kind.REFERENCE) {
                    reference(field.name(), field.label(), from, to, self).ifPresent(changes::add);
                } else if (!Objects.equals(from, to)) {
                    changes.add(new FieldChange(
                            field.name(),
                            field.label(),
                            from,
                            to,
                            from == null ? null : field.shown(old),
                            to == null ? null : field.shown(now)));
                }
            }
            for (Reference r : references) {
                reference(r.name(), r.label(), id(before, r.property()), id(after, r.property()), r.type())
                        .ifPresent(changes::add);
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
        describe(RecordType.JURISDICTION, Jurisdiction.class, JurisdictionFields.ALL, List.of(), true);
        describe(
                RecordType.POLICY_POSITION,
                PolicyPosition.class,
                PolicyPositionFields.ALL,
                List.of(JURISDICTION),
                true);
        describe(RecordType.DESIGNATION, Designation.class, DesignationFields.ALL, List.of(JURISDICTION), true);
        describe(RecordType.DOJ_LETTER, DojLetter.class, DojLetterFields.ALL, List.of(JURISDICTION), true);
        describe(
                RecordType.FUNDING_THREAT,
                FundingThreat.class,
                FundingThreatFields.ALL,
                List.of(JURISDICTION, new Reference("dojLetterId", "dojLetter", "DOJ letter", RecordType.DOJ_LETTER)),
                true);
        describe(
                RecordType.COURT_CASE,
                CourtCase.class,
                CourtCaseFields.ALL,
                List.of(new Reference("fundingThreatId", "fundingThreat", "Funding threat", RecordType.FUNDING_THREAT)),
                true);
        describe(
                RecordType.STATEMENT,
                Statement.class,
                StatementFields.ALL,
                List.of(new Reference("personId", "speaker", "Speaker", RecordType.PERSON), JURISDICTION),
                true);
        describe(RecordType.EVENT, Event.class, EventFields.ALL, List.of(), true);
        describe(RecordType.PERSON, Person.class, PersonFields.ALL, List.of(), false);
        describe(RecordType.SOURCE, Source.class, SourceFields.ALL, List.of(), false);
    }

    private static <R> void describe(
            RecordType type, Class<R> c, List<RecordField<R>> fields, List<Reference> references, boolean notes) {
        TYPES.put(type, new Described<>(type, c, fields, references, notes));
    }

    /** The properties holding another record's id, per type, and that record's type (what the feed names). */
    static Map<String, RecordType> references(RecordType type) {
        Map<String, RecordType> references = new java.util.TreeMap<>();
        Described<?> described = TYPES.get(type);
        if (described != null) {
            described.references().forEach(r -> references.put(r.property(), r.type()));
        }
        return references;
    }

    /** A reference's change by id; labelled with the ids until {@link ChangeReferences} names them. */
    private static java.util.Optional<FieldChange> reference(
            String name, String label, @Nullable String from, @Nullable String to, RecordType type) {
        return Objects.equals(from, to)
                ? java.util.Optional.empty()
                : java.util.Optional.of(new FieldChange(name, label, from, to, from, to, type.name(), null, null));
    }

    private static @Nullable String id(@Nullable Map<String, Object> state, String property) {
        return state != null && state.get(property) instanceof Number n ? Long.toString(n.longValue()) : null;
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
