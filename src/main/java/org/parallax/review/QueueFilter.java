package org.parallax.review;

import org.parallax.pairing.Relation;

/**
 * Narrows the review queue; null or blank parts do not narrow. {@code text} matches the meeting title,
 * {@code party} a party code on either side, {@code olderThanDays} keeps pairs waiting at least that long.
 */
public record QueueFilter(
        String text, String party, String topic, Relation relation, String author, Integer olderThanDays) {

    public static final QueueFilter ALL = new QueueFilter(null, null, null, null, null, null);
}
