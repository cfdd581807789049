package org.parallax.review;

import java.util.List;
import org.parallax.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editorial review of claim pairs. */
@Service
@PreAuthorize(Roles.IS_EDITOR)
@Transactional(readOnly = true)
public class ReviewService {

    static final int QUEUE_LIMIT = 500;

    private final ReviewRepository reviews;

    ReviewService(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** The pairs waiting for an editor, across all meetings, oldest first. */
    public List<QueuedPair> queue() {
        return reviews.submitted(QUEUE_LIMIT);
    }
}
