package org.parallax.account;

/** An account cut out of a source document: which passage (UTF-16 offsets in the source) became which account. */
public record SourceExcerpt(long accountId, String title, String partyCode, int start, int end) {}
