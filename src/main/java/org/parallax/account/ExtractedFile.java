package org.parallax.account;

/** The text read from an uploaded file, and a title made from its name, for a person to check first. */
public record ExtractedFile(String title, String text) {}
