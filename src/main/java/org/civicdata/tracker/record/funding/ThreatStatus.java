package org.civicdata.tracker.record.funding;

import org.civicdata.tracker.core.common.Coded;

/** Where a funding threat stands. */
public enum ThreatStatus implements Coded {
    THREATENED("Threatened", "Funds are threatened but not yet withheld."),
    WITHHELD("Withheld", "Funds are being withheld."),
    ENJOINED("Enjoined", "A court has blocked the threat."),
    RESTORED("Restored", "The funds were restored.");

    private final String label;
    private final String meaning;

    ThreatStatus(String label, String meaning) {
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
