package org.parallax.security;

public record NewUser(String username, String displayName, String role, String password) {}
