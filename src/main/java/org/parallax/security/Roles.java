package org.parallax.security;

import java.util.List;

/**
 * The three roles. They nest: an editor can do what a reviewer does, an admin everything. The nesting
 * is expanded into granted authorities at sign-in, so {@code @PreAuthorize(Roles.IS_REVIEWER)} admits
 * editors and admins without a role hierarchy bean.
 */
public final class Roles {

    public static final String REVIEWER = "REVIEWER";
    public static final String EDITOR = "EDITOR";
    public static final String ADMIN = "ADMIN";

    /** Method-security expressions for services: {@code @PreAuthorize(Roles.IS_EDITOR)}. */
    public static final String IS_REVIEWER = "hasRole('REVIEWER')";

    public static final String IS_EDITOR = "hasRole('EDITOR')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";

    public static final List<String> ALL = List.of(REVIEWER, EDITOR, ADMIN);

    private Roles() {}

    /** The role itself and every role it includes. */
    public static List<String> impliedBy(String role) {
        return switch (role) {
            case ADMIN -> List.of(ADMIN, EDITOR, REVIEWER);
            case EDITOR -> List.of(EDITOR, REVIEWER);
            case REVIEWER -> List.of(REVIEWER);
            default -> throw new IllegalArgumentException("Unknown role: " + role);
        };
    }

    public static String label(String role) {
        return switch (role) {
            case ADMIN -> "Admin";
            case EDITOR -> "Editor";
            case REVIEWER -> "Reviewer";
            default -> role;
        };
    }
}
