package org.parallax.agreement;

/** Someone who can be asked to pair: scripts name them by username, screens by name. */
public record Person(long id, String username, String name) {}
