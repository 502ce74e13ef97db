package org.civicdata.tracker.core.common;

/** The one way to turn search text into a SQL LIKE pattern: "contains", with LIKE's own characters escaped. */
public final class Like {

    private Like() {}

    public static String contains(String text) {
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
