package org.civicdata.tracker.record.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import java.util.List;
import org.civicdata.tracker.core.common.TrackedRecord;
import org.civicdata.tracker.record.designation.Designation;
import org.civicdata.tracker.record.dojletter.DojLetter;
import org.civicdata.tracker.record.funding.FundingThreat;
import org.civicdata.tracker.record.policy.PolicyPosition;
import org.civicdata.tracker.record.statement.Statement;
import org.junit.jupiter.api.Test;

/**
 * The records attached to a jurisdiction keep their properties, in the order the audit trail has always
 * listed a change's fields (its JSON is written in the introspection's order, and must not change).
 */
class AttachedRecordTest {

    private static List<String> audited(Class<?> type) {
        return BeanIntrospection.getIntrospection(type).getBeanProperties().stream()
                .map(BeanProperty::getName)
                .filter(name -> !TrackedRecord.BOOKKEEPING.contains(name))
                .toList();
    }

    @Test
    void eachTypeListsItsFieldsInTheAuditTrailsOrder() {
        assertThat(audited(Designation.class))
                .containsExactly(
                        "seedKey",
                        "publicationState",
                        "notes",
                        "jurisdictionId",
                        "designator",
                        "designatorName",
                        "label",
                        "designatedOn",
                        "designatedPrecision");
        assertThat(audited(PolicyPosition.class))
                .containsExactly(
                        "seedKey",
                        "publicationState",
                        "notes",
                        "jurisdictionId",
                        "variable",
                        "value",
                        "validFromOn",
                        "validFromPrecision",
                        "validToOn",
                        "validToPrecision");
        assertThat(audited(DojLetter.class))
                .containsExactly(
                        "seedKey",
                        "publicationState",
                        "notes",
                        "jurisdictionId",
                        "recipients",
                        "sentOn",
                        "sentPrecision",
                        "sender",
                        "legalBasis",
                        "deadlineOn",
                        "deadlinePrecision",
                        "status",
                        "responseOn",
                        "responsePrecision",
                        "fundingAtStake");
        assertThat(audited(FundingThreat.class))
                .containsExactly(
                        "seedKey",
                        "publicationState",
                        "notes",
                        "jurisdictionId",
                        "scope",
                        "issuingAuthority",
                        "instrument",
                        "instrumentDetail",
                        "dojLetterId",
                        "programme",
                        "amountUsd",
                        "status",
                        "announcedOn",
                        "announcedPrecision");
        assertThat(audited(Statement.class))
                .containsExactly(
                        "seedKey",
                        "publicationState",
                        "notes",
                        "personId",
                        "jurisdictionId",
                        "kind",
                        "text",
                        "saidOn",
                        "saidPrecision",
                        "saidOnInferred",
                        "venue",
                        "venueDetail",
                        "reportedBy");
    }
}
