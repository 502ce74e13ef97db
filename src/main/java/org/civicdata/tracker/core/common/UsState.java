package org.civicdata.tracker.core.common;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The US states, the District of Columbia and the inhabited territories: USPS code, name and 2-digit
 * FIPS code. The one list a jurisdiction's state code is checked against, by the staff form, the CSV
 * import and the seed loader alike.
 */
public enum UsState {
    AL("Alabama", "01"),
    AK("Alaska", "02"),
    AZ("Arizona", "04"),
    AR("Arkansas", "05"),
    CA("California", "06"),
    CO("Colorado", "08"),
    CT("Connecticut", "09"),
    DE("Delaware", "10"),
    DC("District of Columbia", "11"),
    FL("Florida", "12"),
    GA("Georgia", "13"),
    HI("Hawaii", "15"),
    ID("Idaho", "16"),
    IL("Illinois", "17"),
    IN("Indiana", "18"),
    IA("Iowa", "19"),
    KS("Kansas", "20"),
    KY("Kentucky", "21"),
    LA("Louisiana", "22"),
    ME("Maine", "23"),
    MD("Maryland", "24"),
    MA("Massachusetts", "25"),
    MI("Michigan", "26"),
    MN("Minnesota", "27"),
    MS("Mississippi", "28"),
    MO("Missouri", "29"),
    MT("Montana", "30"),
    NE("Nebraska", "31"),
    NV("Nevada", "32"),
    NH("New Hampshire", "33"),
    NJ("New Jersey", "34"),
    NM("New Mexico", "35"),
    NY("New York", "36"),
    NC("North Carolina", "37"),
    ND("North Dakota", "38"),
    OH("Ohio", "39"),
    OK("Oklahoma", "40"),
    OR("Oregon", "41"),
    PA("Pennsylvania", "42"),
    RI("Rhode Island", "44"),
    SC("South Carolina", "45"),
    SD("South Dakota", "46"),
    TN("Tennessee", "47"),
    TX("Texas", "48"),
    UT("Utah", "49"),
    VT("Vermont", "50"),
    VA("Virginia", "51"),
    WA("Washington", "53"),
    WV("West Virginia", "54"),
    WI("Wisconsin", "55"),
    WY("Wyoming", "56"),
    AS("American Samoa", "60", true),
    GU("Guam", "66", true),
    MP("Northern Mariana Islands", "69", true),
    PR("Puerto Rico", "72", true),
    VI("U.S. Virgin Islands", "78", true);

    private final String stateName;
    private final String fips;
    private final boolean territory;

    UsState(String stateName, String fips) {
        this(stateName, fips, false);
    }

    UsState(String stateName, String fips, boolean territory) {
        this.stateName = stateName;
        this.fips = fips;
        this.territory = territory;
    }

    /** The USPS code, as stored: "IL". */
    public String code() {
        return name();
    }

    /** "Illinois". */
    public String stateName() {
        return stateName;
    }

    /** The 2-digit FIPS code, leading zero kept: "06". */
    public String fips() {
        return fips;
    }

    /** Puerto Rico, the U.S. Virgin Islands, Guam, American Samoa, the Northern Mariana Islands. */
    public boolean territory() {
        return territory;
    }

    /**
     * The state or territory with this USPS code. Input is normalised the same way everywhere: surrounding
     * spaces are dropped and letters upper-cased, so " il" is Illinois; anything else is empty.
     */
    public static Optional<UsState> byCode(@Nullable String code) {
        String normal = normalise(code);
        return Arrays.stream(values()).filter(s -> s.name().equals(normal)).findFirst();
    }

    /** Trimmed and upper-cased, the form a state code is stored in; "" for none. */
    public static String normalise(@Nullable String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }
}
