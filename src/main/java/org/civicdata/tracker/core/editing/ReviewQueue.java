package org.civicdata.tracker.core.editing;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.civicdata.tracker.core.account.StaffPrincipal;
import org.civicdata.tracker.core.account.StaffRole;
import org.civicdata.tracker.core.common.InvalidInputException;
import org.civicdata.tracker.core.common.NotPermittedException;
import org.civicdata.tracker.core.common.RecordType;

/**
 * Drafts waiting for an editor. A draft is submitted once at a time; publishing it (through
 * {@link RecordEditService#publish}) closes its request; sending it back needs a comment for the author.
 */
@Singleton
public class ReviewQueue {

    private final ReviewRequestRepository requests;
    private final Clock clock;

    ReviewQueue(ReviewRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    /** The latest request for a record, if it was ever submitted. */
    public Optional<ReviewRequest> latest(RecordType type, long id) {
        return requests.findFirstByRecordTypeAndRecordIdOrderByIdDesc(type, id);
    }

    public List<ReviewRequest> waiting() {
        return requests.findByStateOrderBySubmittedAt(ReviewRequest.State.WAITING);
    }

    @Transactional
    public ReviewRequest submit(StaffPrincipal who, RecordType type, long id) {
        if (latest(type, id)
                .filter(r -> r.state() == ReviewRequest.State.WAITING)
                .isPresent()) {
            throw new InvalidInputException("review", "This draft is already waiting for review.");
        }
        return requests.save(new ReviewRequest(
                null,
                type,
                id,
                ReviewRequest.State.WAITING,
                who.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                null,
                null,
                null));
    }

    @Transactional
    public ReviewRequest sendBack(StaffPrincipal who, RecordType type, long id, String comment) {
        if (!who.may(StaffRole.EDITOR)) {
            throw new NotPermittedException("Only an editor or admin may send a draft back.");
        }
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "Say what needs to change: the author sees this comment.");
        }
        ReviewRequest waiting = latest(type, id)
                .filter(r -> r.state() == ReviewRequest.State.WAITING)
                .orElseThrow(() -> new InvalidInputException("review", "This record is not waiting for review."));
        return requests.update(waiting.decided(
                ReviewRequest.State.RETURNED,
                who.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                comment.trim()));
    }

    /** Called when a record is published: its waiting request, if any, is done. */
    @Transactional
    void published(StaffPrincipal who, RecordType type, long id) {
        latest(type, id)
                .filter(r -> r.state() == ReviewRequest.State.WAITING)
                .ifPresent(r -> requests.update(r.decided(
                        ReviewRequest.State.PUBLISHED,
                        who.username(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        null)));
    }
}
