package org.civicdata.tracker.policy;

/** The overall stance shown on the map, derived from policy positions by {@link StanceRule}. */
public enum Stance {
    /** Self-declared sanctuary, or limits both ICE detainers and information sharing. */
    SANCTUARY,
    /** Some limit on cooperation is in force, short of the above. */
    LIMITS_COOPERATION,
    /** Positions in force show cooperation and no limits. */
    COOPERATES,
    /** No coded position in force, or none that shows either a limit or cooperation (e.g. only UNKNOWN). */
    NO_DATA
}
