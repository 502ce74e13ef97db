package org.civicdata.tracker.infra.seed;

import java.util.List;

/** A seed folder that cannot be loaded; nothing was written. Each problem names file, record and what is wrong. */
public final class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("Seeds not loaded, nothing was written. " + problems.size() + " problem(s):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
