package org.civicdata.tracker.infra.vaadin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Answers a public request before the framework routes it, when the answer is already known
 * (implemented by {@code edge.opendata}: a revalidation that matches, or a body rendered before for
 * the current data version). {@link EarlyAnswerValve} asks it only for GET and HEAD requests outside
 * the staff UI that carry no session and no credentials.
 */
public interface EarlyAnswers {

    /**
     * Whether {@code response} was answered here; false leaves the request to the app, untouched.
     * {@code header} sets a header whose value repeats from answer to answer (kept encoded).
     */
    boolean answered(HttpServletRequest request, HttpServletResponse response, BiConsumer<String, String> header)
            throws IOException;
}
