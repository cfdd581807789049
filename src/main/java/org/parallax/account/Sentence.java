package org.parallax.account;

/** A sentence of an account's text: UTF-16 offsets, end exclusive. */
public record Sentence(int start, int end) {}
