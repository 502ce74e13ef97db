package org.civicdata.tracker.record.policy;

import org.civicdata.tracker.core.common.Coded;

/**
 * The coded policy variables. {@link #limitsCooperation} says which way YES points: for a limiting
 * variable YES means the jurisdiction limits cooperation with federal immigration enforcement; for
 * the others YES means it cooperates. The stance rule ({@link StanceRule}) depends on that.
 */
public enum PolicyVariable implements Coded {
    SELF_DECLARED_SANCTUARY(
            "Self-declared sanctuary", true, "The jurisdiction calls itself a sanctuary (or welcoming) jurisdiction."),
    ICE_DETAINER_LIMITS(
            "ICE detainer limits",
            true,
            "It limits compliance with ICE detainer requests (holding people past release for ICE)."),
    AGREEMENT_287G(
            "287(g) agreement",
            false,
            "It has a 287(g) agreement deputising local officers for immigration enforcement."),
    ICE_JAIL_ACCESS(
            "ICE jail access", false, "ICE agents are given access to its jails to interview people in custody."),
    RELEASE_NOTIFICATION("Release notification", false, "It notifies ICE of release dates of people in custody."),
    INFO_SHARING_LIMITS(
            "Information-sharing limits",
            true,
            "It limits sharing of immigration-status information with federal authorities (cf. 8 U.S.C. 1373).");

    private final String label;
    private final boolean limitsCooperation;
    private final String meaning;

    PolicyVariable(String label, boolean limitsCooperation, String meaning) {
        this.label = label;
        this.limitsCooperation = limitsCooperation;
        this.meaning = meaning;
    }

    public boolean limitsCooperation() {
        return limitsCooperation;
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
