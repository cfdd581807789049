package org.parallax.security;

/** A new API token: {@code token} is the secret, given once; Parallax keeps only its hash. */
public record IssuedToken(String token, ApiToken details) {}
