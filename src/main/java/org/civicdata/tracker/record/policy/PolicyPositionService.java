package org.civicdata.tracker.record.policy;

import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.RecordType;
import org.civicdata.tracker.core.editing.RecordEditService;
import org.civicdata.tracker.record.jurisdiction.AttachedRecordsOfType;
import org.civicdata.tracker.record.jurisdiction.JurisdictionService;

/** Staff work on policy positions: filtered and sorted in SQL, searched by jurisdiction; audited edits. */
@Singleton
public class PolicyPositionService extends AttachedRecordsOfType<PolicyPosition, PolicyPositionFilter> {

    public static final Set<String> SORTABLE =
            Set.of("variable", "value", "validFromOn", "validToOn", "publicationState", "updatedAt");

    private final PolicyPositionRepository repository;

    PolicyPositionService(
            PolicyPositionRepository repository, JurisdictionService jurisdictions, RecordEditService editor) {
        super(
                RecordType.POLICY_POSITION,
                repository,
                jurisdictions,
                editor,
                SORTABLE,
                Sort.of(Sort.Order.asc("variable"), Sort.Order.asc("validFromOn"), Sort.Order.asc("id")));
        this.repository = repository;
    }

    /**
     * The stance of each jurisdiction as the public sees it on {@code day}: derived by {@link StanceRule}
     * from its published positions in force then ({@link Stance#NO_DATA} when it has none).
     */
    public java.util.Map<Long, Stance> publicStances(Collection<Long> jurisdictionIds, java.time.LocalDate day) {
        java.util.Map<Long, List<StanceRule.Position>> byJurisdiction = new java.util.HashMap<>();
        if (!jurisdictionIds.isEmpty()) {
            for (PolicyPosition p : repository.findByJurisdictionIdInAndPublicationState(
                    jurisdictionIds,
                    org.civicdata.tracker.core.common.PublicationState.PUBLISHED,
                    PolicyPositionRepository.STANCE_ORDER)) {
                byJurisdiction
                        .computeIfAbsent(p.getJurisdictionId(), id -> new java.util.ArrayList<>())
                        .add(new StanceRule.Position(
                                p.getVariable(), p.getValue(), p.getValidFromOn(), p.getValidToOn()));
            }
        }
        java.util.Map<Long, Stance> stances = new java.util.HashMap<>();
        for (Long id : jurisdictionIds) {
            stances.put(id, StanceRule.derive(byJurisdiction.getOrDefault(id, List.of()), day));
        }
        return stances;
    }

    @Override
    public List<FieldProblem> problems(PolicyPosition position) {
        return PolicyPositionRules.check(position, today());
    }
}
