package org.civicdata.tracker.record.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicdata.tracker.core.audit.RecordWriter;
import org.civicdata.tracker.core.common.DatePrecision;
import org.civicdata.tracker.core.common.PublicationState;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.record.jurisdiction.Jurisdiction;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;
import org.civicdata.tracker.record.source.Source;
import org.junit.jupiter.api.Test;

/**
 * The positions "What changed" derives stances from, read by hand-mapped rows, are exactly those of the
 * entity repository in the same order, against the real database: a jurisdiction of its own (state XQ)
 * with positions out of date order, one open-ended and one without a start, one a draft; and whatever
 * the other tests of this stage wrote.
 */
@MicronautTest(transactional = false)
class StancePositionRepositoryTest {

    @Inject
    StancePositionRepository stancePositions;

    @Inject
    PolicyPositionRepository positions;

    @Inject
    RecordWriter writer;

    @Test
    void everyPublishedPositionIsReadAsTheEntityRepositoryReadsIt() {
        Source source = new Source();
        source.setTitle("Stance positions report");
        source.setUrl("https://example.org/stance-positions");
        source.setPublicationState(PublicationState.PUBLISHED);
        long sourceId = writer.create(RecordType.SOURCE, source, List.of(), Map.of(), "test")
                .getId();
        Jurisdiction j = new Jurisdiction();
        j.setSlug("stanceton-xq");
        j.setName("Stanceton");
        j.setKind(JurisdictionKind.COUNTY);
        j.setStateCode("XQ");
        j.setPublicationState(PublicationState.PUBLISHED);
        long stanceton = writer.create(RecordType.JURISDICTION, j, List.of(sourceId), Map.of(), "test")
                .getId();
        position(
                stanceton,
                PolicyVariable.ICE_JAIL_ACCESS,
                PolicyValue.NO,
                LocalDate.of(2020, 5, 1),
                null,
                sourceId,
                true);
        position(stanceton, PolicyVariable.SELF_DECLARED_SANCTUARY, PolicyValue.YES, null, null, sourceId, true);
        position(
                stanceton,
                PolicyVariable.ICE_JAIL_ACCESS,
                PolicyValue.YES,
                LocalDate.of(2012, 1, 1),
                LocalDate.of(2020, 4, 30),
                sourceId,
                true);
        position(
                stanceton,
                PolicyVariable.ICE_JAIL_ACCESS,
                PolicyValue.PARTIAL,
                LocalDate.of(2021, 1, 1),
                null,
                sourceId,
                false);

        Map<Long, List<StanceRule.Position>> expected = new LinkedHashMap<>();
        positions
                .findByPublicationState(PublicationState.PUBLISHED, PolicyPositionRepository.STANCE_ORDER)
                .forEach(p -> expected.computeIfAbsent(p.getJurisdictionId(), id -> new java.util.ArrayList<>())
                        .add(new StanceRule.Position(
                                p.getVariable(), p.getValue(), p.getValidFromOn(), p.getValidToOn())));
        assertThat(expected.get(stanceton))
                .as("Stanceton's published positions, in stance order")
                .hasSize(3);
        assertThat(expected.get(stanceton).get(0).validFrom()).isNull();

        assertThat(stancePositions.everyPublished()).containsExactlyInAnyOrderEntriesOf(expected);
        List<Long> some = List.of(stanceton, expected.keySet().iterator().next());
        Map<Long, List<StanceRule.Position>> ofSome = new LinkedHashMap<>();
        some.forEach(id -> ofSome.put(id, expected.get(id)));
        assertThat(stancePositions.publishedOf(some)).containsExactlyInAnyOrderEntriesOf(ofSome);
        assertThat(stancePositions.publishedOf(List.of())).isEmpty();
    }

    private void position(
            long jurisdiction,
            PolicyVariable variable,
            PolicyValue value,
            LocalDate from,
            LocalDate to,
            long sourceId,
            boolean published) {
        PolicyPosition p = new PolicyPosition();
        p.setJurisdictionId(jurisdiction);
        p.setVariable(variable);
        p.setValue(value);
        p.setValidFromOn(from);
        p.setValidFromPrecision(from == null ? null : DatePrecision.DAY);
        p.setValidToOn(to);
        p.setValidToPrecision(to == null ? null : DatePrecision.DAY);
        p.setPublicationState(published ? PublicationState.PUBLISHED : PublicationState.DRAFT);
        writer.create(RecordType.POLICY_POSITION, p, List.of(sourceId), Map.of(), "test");
    }
}
