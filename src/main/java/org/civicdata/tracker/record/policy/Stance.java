package org.civicdata.tracker.record.policy;

import org.civicdata.tracker.core.common.Coded;

/** The overall stance shown on the map, derived from policy positions by {@link StanceRule}. */
public enum Stance implements Coded {
    SANCTUARY("Sanctuary", "Self-declared sanctuary, or limits both ICE detainers and information sharing."),
    LIMITS_COOPERATION("Limits cooperation", "Some limit on cooperation is in force, short of the above."),
    COOPERATES("Cooperates", "Positions in force show cooperation and no limits."),
    NO_DATA(
            "No data",
            "No coded position in force, or none that shows either a limit or cooperation (e.g. only Unknown).");

    private final String label;
    private final String meaning;

    Stance(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
