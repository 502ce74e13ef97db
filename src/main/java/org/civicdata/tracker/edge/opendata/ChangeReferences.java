package org.civicdata.tracker.edge.opendata;

import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.civicdata.tracker.core.common.PartialDate;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.PublishableRecord;
import org.civicdata.tracker.core.common.PublishableRepository;
import org.civicdata.tracker.core.common.RecordNaming;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.edge.opendata.ChangeShapes.FieldChange;
import org.civicdata.tracker.edge.opendata.ChangeShapes.ReferencedRecord;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.dojletter.DojLetterRepository;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.funding.FundingThreatRepository;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionRepository;
import org.civicdata.tracker.record.person.Person;
import org.civicdata.tracker.record.person.PersonRepository;

/**
 * Names the records a page of changes refers to ({@link ChangeFields}: a speaker, a jurisdiction, a
 * funding threat, a DOJ letter) as the public knows them now: one query per referenced type a page.
 * Only a record published now is named; any other (a draft, one unpublished or deleted since) keeps
 * its bare id, so that a draft's name never goes out. Labels are the record's own public words, never
 * another record's (a threat is its issuer and instrument, not the possibly unpublished place it targets).
 */
@Singleton
class ChangeReferences {

    static final String NOT_PUBLISHED = "(not published)";

    /** How the public names a record of one type, and where to read records of that type. */
    private record Labelled<R extends PublishableRecord>(
            PublishableRepository<R> repository, Function<R, ReferencedRecord> label) {

        /** The published ones among these records, named: one query. */
        Map<Long, ReferencedRecord> published(Collection<Long> ids) {
            Map<Long, ReferencedRecord> named = new HashMap<>();
            PredicateSpecification<R> published = (root, where) -> where.and(
                    root.get("id").in(ids), where.equal(root.get("publicationState"), PublicationState.PUBLISHED));
            repository.findAll(published).forEach(r -> named.put(r.getId(), label.apply(r)));
            return named;
        }
    }

    private final Map<RecordType, Labelled<?>> types = new EnumMap<>(RecordType.class);

    ChangeReferences(
            JurisdictionRepository jurisdictions,
            PersonRepository people,
            FundingThreatRepository threats,
            DojLetterRepository letters) {
        types.put(
                RecordType.JURISDICTION,
                new Labelled<Jurisdiction>(
                        jurisdictions, j -> new ReferencedRecord(j.getId(), j.getName(), j.getSlug())));
        types.put(
                RecordType.PERSON,
                new Labelled<Person>(people, p -> new ReferencedRecord(p.getId(), p.getName(), null)));
        types.put(
                RecordType.FUNDING_THREAT,
                new Labelled<FundingThreat>(
                        threats,
                        t -> new ReferencedRecord(
                                t.getId(),
                                t.getIssuingAuthority() + ": "
                                        + t.getInstrument().label(),
                                null)));
        types.put(RecordType.DOJ_LETTER, new Labelled<DojLetter>(letters, ChangeReferences::letter));
    }

    /** The changes of a page with their references named, each referenced type read once. */
    List<List<FieldChange>> named(List<List<FieldChange>> page) {
        Map<RecordType, Set<Long>> wanted = new EnumMap<>(RecordType.class);
        page.stream().flatMap(List::stream).filter(f -> f.references() != null).forEach(f -> {
            Set<Long> ids = wanted.computeIfAbsent(RecordType.valueOf(f.references()), t -> new TreeSet<>());
            for (String id : new String[] {f.from(), f.to()}) {
                if (id != null) {
                    ids.add(Long.parseLong(id));
                }
            }
        });
        Map<RecordType, Map<Long, ReferencedRecord>> published = new EnumMap<>(RecordType.class);
        wanted.forEach((type, ids) -> published.put(type, types.get(type).published(ids)));
        List<List<FieldChange>> named = new ArrayList<>(page.size());
        for (List<FieldChange> fields : page) {
            named.add(fields.stream()
                    .map(f -> f.references() == null ? f : named(f, published.get(RecordType.valueOf(f.references()))))
                    .toList());
        }
        return named;
    }

    private static FieldChange named(FieldChange f, Map<Long, ReferencedRecord> published) {
        ReferencedRecord from = f.from() == null ? null : published.get(Long.parseLong(f.from()));
        ReferencedRecord to = f.to() == null ? null : published.get(Long.parseLong(f.to()));
        return new FieldChange(
                f.field(),
                f.label(),
                f.from(),
                f.to(),
                f.from() == null ? null : from == null ? NOT_PUBLISHED : from.label(),
                f.to() == null ? null : to == null ? NOT_PUBLISHED : to.label(),
                f.references(),
                from,
                to);
    }

    /** A letter by whom it went to and when: "DOJ letter to the Mayor, sent 2018-01". */
    private static ReferencedRecord letter(DojLetter l) {
        PartialDate sent = PartialDate.of(l.getSentOn(), l.getSentPrecision());
        String label = "DOJ letter"
                + (l.getRecipients() == null ? "" : " to " + RecordNaming.excerpt(l.getRecipients(), 60))
                + (sent == null ? "" : ", sent " + sent);
        return new ReferencedRecord(l.getId(), label, null);
    }
}
