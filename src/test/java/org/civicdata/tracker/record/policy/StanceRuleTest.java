package org.civicdata.tracker.record.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicdata.tracker.record.policy.PolicyValue.NO;
import static org.civicdata.tracker.record.policy.PolicyValue.PARTIAL;
import static org.civicdata.tracker.record.policy.PolicyValue.UNKNOWN;
import static org.civicdata.tracker.record.policy.PolicyValue.YES;
import static org.civicdata.tracker.record.policy.PolicyVariable.AGREEMENT_287G;
import static org.civicdata.tracker.record.policy.PolicyVariable.ICE_DETAINER_LIMITS;
import static org.civicdata.tracker.record.policy.PolicyVariable.INFO_SHARING_LIMITS;
import static org.civicdata.tracker.record.policy.PolicyVariable.RELEASE_NOTIFICATION;
import static org.civicdata.tracker.record.policy.PolicyVariable.SELF_DECLARED_SANCTUARY;

import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.record.policy.StanceRule.Position;
import org.junit.jupiter.api.Test;

class StanceRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Position open(PolicyVariable variable, PolicyValue value) {
        return new Position(variable, value, LocalDate.of(2016, 1, 1), null);
    }

    @Test
    void noPositionsMeansNoData() {
        assertThat(StanceRule.derive(List.of(), TODAY)).isEqualTo(Stance.NO_DATA);
        assertThat(StanceRule.derive(List.of(open(ICE_DETAINER_LIMITS, UNKNOWN)), TODAY))
                .isEqualTo(Stance.NO_DATA);
    }

    @Test
    void aSelfDeclaredSanctuaryIsASanctuaryWhateverElseHolds() {
        assertThat(StanceRule.derive(List.of(open(SELF_DECLARED_SANCTUARY, YES), open(AGREEMENT_287G, YES)), TODAY))
                .isEqualTo(Stance.SANCTUARY);
    }

    @Test
    void limitingBothDetainersAndInformationSharingIsASanctuary() {
        assertThat(StanceRule.derive(List.of(open(ICE_DETAINER_LIMITS, YES), open(INFO_SHARING_LIMITS, YES)), TODAY))
                .isEqualTo(Stance.SANCTUARY);
    }

    @Test
    void oneLimitOrARefusedCooperationLimitsCooperation() {
        assertThat(StanceRule.derive(List.of(open(ICE_DETAINER_LIMITS, PARTIAL)), TODAY))
                .isEqualTo(Stance.LIMITS_COOPERATION);
        assertThat(StanceRule.derive(List.of(open(RELEASE_NOTIFICATION, NO)), TODAY))
                .isEqualTo(Stance.LIMITS_COOPERATION);
    }

    @Test
    void cooperationWithoutLimitsCooperates() {
        assertThat(StanceRule.derive(List.of(open(AGREEMENT_287G, YES), open(INFO_SHARING_LIMITS, NO)), TODAY))
                .isEqualTo(Stance.COOPERATES);
    }

    @Test
    void onlyPositionsInForceOnTheDateCount() {
        Position ended = new Position(SELF_DECLARED_SANCTUARY, YES, LocalDate.of(2016, 1, 1), LocalDate.of(2018, 1, 1));
        Position later = new Position(AGREEMENT_287G, YES, LocalDate.of(2019, 1, 1), null);
        assertThat(StanceRule.derive(List.of(ended, later), LocalDate.of(2017, 6, 1)))
                .isEqualTo(Stance.SANCTUARY);
        assertThat(StanceRule.derive(List.of(ended, later), LocalDate.of(2018, 6, 1)))
                .isEqualTo(Stance.NO_DATA);
        assertThat(StanceRule.derive(List.of(ended, later), TODAY)).isEqualTo(Stance.COOPERATES);
    }

    @Test
    void theLaterOfTwoPositionsForOneVariableWins() {
        Position before = new Position(SELF_DECLARED_SANCTUARY, YES, LocalDate.of(2016, 1, 1), null);
        Position after = new Position(SELF_DECLARED_SANCTUARY, NO, LocalDate.of(2020, 1, 1), null);
        assertThat(StanceRule.derive(List.of(after, before), TODAY)).isEqualTo(Stance.NO_DATA);
    }

    @Test
    void ofTwoEqualStartsTheOneGivenLastWinsAndAnUnknownStartCountsAsEarliest() {
        Position first = new Position(SELF_DECLARED_SANCTUARY, YES, LocalDate.of(2016, 1, 1), null);
        Position second = new Position(SELF_DECLARED_SANCTUARY, NO, LocalDate.of(2016, 1, 1), null);
        assertThat(StanceRule.derive(List.of(first, second), TODAY)).isEqualTo(Stance.NO_DATA);
        assertThat(StanceRule.derive(List.of(second, first), TODAY)).isEqualTo(Stance.SANCTUARY);
        Position undated = new Position(SELF_DECLARED_SANCTUARY, NO, null, null);
        assertThat(StanceRule.derive(List.of(first, undated), TODAY)).isEqualTo(Stance.SANCTUARY);
    }
}
