package org.parallax.report;

/** The organisation that publishes the reports (PARALLAX_ORGANIZATION_NAME and _URL), and where Parallax is reached. */
record Desk(String name, String url, String publicUrl) {}
