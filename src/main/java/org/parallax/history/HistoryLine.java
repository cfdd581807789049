package org.parallax.history;

import java.time.OffsetDateTime;

/** One event of a history as people read it: when, and a sentence saying who did what ("Eden Editor approved it."). */
public record HistoryLine(OffsetDateTime occurredAt, String sentence) {}
