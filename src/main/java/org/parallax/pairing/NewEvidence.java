package org.parallax.pairing;

/** A piece of evidence for a pair: a link, a title, a short note (a URL or a note at least). */
public record NewEvidence(String url, String title, String note) {}
