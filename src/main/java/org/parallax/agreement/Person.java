package org.parallax.agreement;

/** Someone who can be asked to pair. */
public record Person(long id, String name) {
}
