package org.civicdata.tracker.record.event;

import org.civicdata.tracker.core.common.Coded;

/** Kinds of dated happening. */
public enum EventKind implements Coded {
    MEETING("Meeting", "A meeting between officials or bodies."),
    BOYCOTT("Boycott", "A boycott, called or carried out."),
    CONSULAR_PROGRAMME("Consular programme", "A programme run by a foreign consulate."),
    ENFORCEMENT_STATISTIC("Enforcement statistic", "A count of enforcement actions (arrests, detainers, removals)."),
    POPULATION_ESTIMATE("Population estimate", "An estimate of a population."),
    JURISDICTION_COUNT("Jurisdiction count", "A count of jurisdictions with a policy."),
    POLICY_ANNOUNCEMENT("Policy announcement", "A policy announced."),
    OTHER("Other", "Another kind of event.");

    private final String label;
    private final String meaning;

    EventKind(String label, String meaning) {
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
