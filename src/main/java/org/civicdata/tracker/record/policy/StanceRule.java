package org.civicdata.tracker.record.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Derives a jurisdiction's overall {@link Stance} from its policy positions in force on a date.
 * The rule, in order (documented in docs/data-model.md):
 * <ol>
 *   <li>SANCTUARY if SELF_DECLARED_SANCTUARY is YES, or both ICE_DETAINER_LIMITS and
 *       INFO_SHARING_LIMITS are YES;</li>
 *   <li>LIMITS_COOPERATION if any limiting variable is YES or PARTIAL, or any cooperating variable
 *       (287(g), jail access, release notification) is NO or PARTIAL;</li>
 *   <li>COOPERATES if any cooperating variable is YES;</li>
 *   <li>NO_DATA otherwise (no positions in force, or only UNKNOWN and NO-on-limits values).</li>
 * </ol>
 * A position is in force on a date when its valid-from is on or before it (or unknown) and its
 * valid-to is after it (or open). With several positions in force for one variable, the one that
 * started last wins; an unknown start counts as earliest; of equal starts, the one given last wins
 * (callers order by start, then id).
 */
public final class StanceRule {

    private StanceRule() {}

    /** The facts the rule needs from one position. */
    public record Position(PolicyVariable variable, PolicyValue value, LocalDate validFrom, LocalDate validTo) {}

    public static Stance derive(Collection<Position> positions, LocalDate asOf) {
        return derive(inForce(positions, asOf));
    }

    /** The position in force for each variable on a date (variables with none are absent). */
    public static Map<PolicyVariable, Position> inForce(Collection<Position> positions, LocalDate asOf) {
        Map<PolicyVariable, Position> inForce = new EnumMap<>(PolicyVariable.class);
        for (Position p : positions) {
            if (isInForce(p, asOf)) {
                inForce.merge(p.variable(), p, StanceRule::later);
            }
        }
        return inForce;
    }

    /** Started on or before the date (or at an unknown time) and not ended by it. */
    public static boolean isInForce(Position p, LocalDate asOf) {
        boolean started = p.validFrom() == null || !p.validFrom().isAfter(asOf);
        boolean ended = p.validTo() != null && !p.validTo().isAfter(asOf);
        return started && !ended;
    }

    /** The stance from the positions in force, as {@link #inForce} gives them. */
    public static Stance derive(Map<PolicyVariable, Position> inForce) {
        if (is(inForce, PolicyVariable.SELF_DECLARED_SANCTUARY, PolicyValue.YES)
                || is(inForce, PolicyVariable.ICE_DETAINER_LIMITS, PolicyValue.YES)
                        && is(inForce, PolicyVariable.INFO_SHARING_LIMITS, PolicyValue.YES)) {
            return Stance.SANCTUARY;
        }
        boolean limits = inForce.values().stream()
                .anyMatch(p -> p.variable().limitsCooperation()
                        ? p.value() == PolicyValue.YES || p.value() == PolicyValue.PARTIAL
                        : p.value() == PolicyValue.NO || p.value() == PolicyValue.PARTIAL);
        if (limits) {
            return Stance.LIMITS_COOPERATION;
        }
        boolean cooperates = inForce.values().stream()
                .anyMatch(p -> !p.variable().limitsCooperation() && p.value() == PolicyValue.YES);
        return cooperates ? Stance.COOPERATES : Stance.NO_DATA;
    }

    private static boolean is(Map<PolicyVariable, Position> inForce, PolicyVariable variable, PolicyValue value) {
        Position p = inForce.get(variable);
        return p != null && p.value() == value;
    }

    private static Position later(Position a, Position b) {
        if (b.validFrom() == null) {
            return a.validFrom() == null ? b : a;
        }
        if (a.validFrom() == null) {
            return b;
        }
        return a.validFrom().isAfter(b.validFrom()) ? a : b;
    }
}
