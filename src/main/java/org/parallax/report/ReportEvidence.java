package org.parallax.report;

/** A source a reviewer gave for a pair: a link, a title, a short note (any may be missing, not all). */
public record ReportEvidence(String url, String title, String note) {}
