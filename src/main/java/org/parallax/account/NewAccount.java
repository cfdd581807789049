package org.parallax.account;

/** An account pasted as text. */
public record NewAccount(long meetingId, AccountMetadata metadata, String text) {}
