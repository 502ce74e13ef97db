package org.civicdata.tracker.core.editing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.civicdata.tracker.core.common.Coded;
import org.civicdata.tracker.core.common.RecordType;

/** One submission of a draft for review, and what an editor decided. */
@MappedEntity("review_request")
public record ReviewRequest(
        @Id @GeneratedValue @Nullable Long id,
        RecordType recordType,
        long recordId,
        State state,
        String submittedBy,
        Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String comment) {

    public enum State implements Coded {
        WAITING("Waiting for review", "Submitted; an editor has not decided yet."),
        RETURNED("Sent back", "An editor sent the draft back to its author with a comment."),
        PUBLISHED("Published", "An editor published the draft.");

        private final String label;
        private final String meaning;

        State(String label, String meaning) {
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

    ReviewRequest decided(State newState, String by, Instant at, @Nullable String why) {
        return new ReviewRequest(id, recordType, recordId, newState, submittedBy, submittedAt, by, at, why);
    }
}
