package org.civicdata.tracker.record.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import org.civicdata.tracker.core.common.FieldProblem;
import org.civicdata.tracker.core.common.FieldProblems;

/**
 * What a source must be, checked the same way for the staff form and the seed loader. Field names are the form's; each caller
 * maps them to where it shows a problem.
 */
public final class SourceRules {

    private SourceRules() {}

    /** The input as the form and the seeds store it, in place: the URL trimmed, a blank one none. */
    public static void normalise(Source s) {
        s.setUrl(s.getUrl() == null || s.getUrl().isBlank() ? null : s.getUrl().trim());
    }

    /** {@link #normalise Normalises} the input in place, then returns every problem left; {@code today} is the app clock's date. */
    public static List<FieldProblem> check(Source s, LocalDate today) {
        normalise(s);
        FieldProblems problems = new FieldProblems();
        problems.required("title", s.getTitle(), "Title: a title is required.");
        if (s.getUrl() != null) {
            url(s.getUrl(), problems);
        }
        problems.notInFuture("published", "Published", s.getPublishedOn(), s.getPublishedPrecision(), today);
        return problems.list();
    }

    /** A web address that opens: http(s), a host, and only characters a URL may hold (spaces written %20). */
    private static void url(String url, FieldProblems problems) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // The parser's own reason ("Illegal character in path") is Java's text, not the staff member's.
            int at = e.getIndex();
            String where = at >= 0 && at < url.length()
                    ? "the character '" + url.charAt(at) + "' at position " + (at + 1) + " may not appear there"
                    : "it is not written the way a web address is";
            problems.add(
                    "url",
                    "URL: '" + url + "' is not a web address: " + where
                            + " (a space is written %20). Copy the address from the browser's address bar.");
            return;
        }
        if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            problems.add(
                    "url",
                    "URL: '" + url + "' is not a web address: it starts with http:// or https:// and names a host.");
        }
    }
}
