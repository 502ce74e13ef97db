package org.civicdata.tracker.core.common;

/**
 * A coded value as people read it: its label ("Consolidated city-county" for
 * {@code CONSOLIDATED_CITY_COUNTY}) and what it means. Every enumeration shown to people implements
 * it, so the staff UI, the public pages and the codebook ({@code publicapi.Codebook}) take their
 * words from one place. The code itself ({@link #name()}) stays what is stored and exchanged.
 */
public interface Coded {

    /** The code as stored, in the API and in URLs. */
    String name();

    /** A short label, capitalised as at the start of a sentence. */
    String label();

    /** One sentence saying what the value means. */
    String meaning();

    /** A value's label; anything not coded as its text; nothing as "". */
    static String labelOf(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Coded coded ? coded.label() : value.toString();
    }

    /** The label of a code of an enumeration ("CITY" of {@code JurisdictionKind}); an unknown code as itself. */
    static <E extends Enum<E> & Coded> String labelOf(Class<E> type, String code) {
        if (code == null) {
            return "";
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return constant.label();
            }
        }
        return code;
    }
}
