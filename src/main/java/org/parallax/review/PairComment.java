package org.parallax.review;

import java.time.OffsetDateTime;

/** A message in the discussion thread of a pair. */
public record PairComment(long id, long pairId, String author, String body, OffsetDateTime writtenAt) {}
