package org.civicdata.tracker.edge.opendata;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.record.jurisdiction.JurisdictionKind;

/**
 * The parameters of {@code GET /api/changes}, parsed strictly as {@link PublicQuery} parses a listing's:
 * an unknown parameter or value is an {@link InvalidInputException} naming it; empty values mean none.
 *
 * @param afterId      list the changes after this one (from {@code since=<change id>} or the cursor)
 * @param sinceDate    list the changes from this day on (UTC), when {@code since} is a date
 * @param state        only changes shown under a jurisdiction of this state
 * @param kind         only changes shown under a jurisdiction of this kind
 * @param jurisdiction only changes shown under the jurisdiction with this slug
 * @param limit        changes per page
 */
public record ChangeQuery(
        long afterId,
        @Nullable LocalDate sinceDate,
        @Nullable String state,
        @Nullable JurisdictionKind kind,
        @Nullable String jurisdiction,
        int limit) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    static final List<String> PARAMETERS = List.of("since", "cursor", "state", "kind", "jurisdiction", "limit");
    private static final String CURSOR_PREFIX = "after:";

    public static ChangeQuery parse(Map<String, List<String>> parameters) {
        Map<String, String> values = PublicQuery.given(parameters, PARAMETERS);
        String since = values.get("since");
        String cursor = values.get("cursor");
        long afterId = 0;
        LocalDate sinceDate = null;
        if (cursor != null) {
            afterId = cursor(cursor);
        } else if (since != null && since.matches("\\d{1,18}")) {
            afterId = Long.parseLong(since);
        } else if (since != null) {
            sinceDate = date(since);
        }
        String slug = values.get("jurisdiction");
        if (slug != null && !slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug != null && slug.length() > 100) {
            throw new InvalidInputException(
                    "jurisdiction", "Parameter 'jurisdiction' must be a jurisdiction's slug such as chicago-il.");
        }
        return new ChangeQuery(
                afterId,
                sinceDate,
                PublicQuery.stateCode(values.get("state")),
                PublicQuery.value(JurisdictionKind.class, "kind", values.get("kind")),
                slug,
                limit(values.get("limit")));
    }

    /**
     * The one parameter of an Atom feed's page (RFC 5005 paging): {@code before=<change id>}, the changes
     * before that one; {@link Long#MAX_VALUE} (the latest) when not given.
     */
    static long atomBefore(Map<String, List<String>> parameters) {
        String before = PublicQuery.given(parameters, List.of("before")).get("before");
        if (before == null) {
            return Long.MAX_VALUE;
        }
        if (!before.matches("\\d{1,18}") || Long.parseLong(before) < 1) {
            throw new InvalidInputException(
                    "before",
                    "Parameter 'before' must be a change id (a whole number from 1, from a feed's next link), not '"
                            + before + "'.");
        }
        return Long.parseLong(before);
    }

    private static LocalDate date(String text) {
        try {
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            // the message below
        }
        throw new InvalidInputException(
                "since",
                "Parameter 'since' must be a date written YYYY-MM-DD or a change id (a whole number), not '" + text
                        + "'.");
    }

    private static int limit(@Nullable String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_LIMIT) {
            throw new InvalidInputException(
                    "limit",
                    "Parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT + ", not '" + text + "'.");
        }
        return Integer.parseInt(text);
    }

    /** The opaque cursor of the page after the change with this id. */
    static String cursorAfter(long id) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    private static long cursor(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)
                    && text.substring(CURSOR_PREFIX.length()).matches("\\d{1,18}")) {
                return Long.parseLong(text.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // the message below
        }
        throw new InvalidInputException(
                "cursor", "Parameter 'cursor' is not a cursor this API gave out (take it from a page's 'next').");
    }

    /** The address of the page after the change with this id: these filters and its cursor. */
    String next(String path, long lastId) {
        StringJoiner query = new StringJoiner("&", path + "?", "");
        query.add("cursor=" + cursorAfter(lastId));
        if (state != null) {
            query.add("state=" + state);
        }
        if (kind != null) {
            query.add("kind=" + kind.name());
        }
        if (jurisdiction != null) {
            query.add("jurisdiction=" + jurisdiction);
        }
        if (limit != DEFAULT_LIMIT) {
            query.add("limit=" + limit);
        }
        return query.toString();
    }
}
