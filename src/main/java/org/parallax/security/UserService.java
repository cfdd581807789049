package org.parallax.security;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.audit.AuditService;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.parallax.base.StaleData;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User administration, for admins only. */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional
public class UserService {

    private static final int RECENT_FAILURES = 500;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;
    private final AuditService audit;

    private final ApiTokenRepository tokens;
    private final SignInFailureRepository failures;

    UserService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            SessionRegistry sessions,
            AuditService audit,
            ApiTokenRepository tokens,
            SignInFailureRepository failures) {
        this.tokens = tokens;
        this.failures = failures;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return users.findAll();
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return find(id);
    }

    /** The latest failed sign-ins (form and API), newest first: who tried which account, from where. */
    @Transactional(readOnly = true)
    public List<SignInFailure> recentFailedSignIns() {
        return failures.latest(RECENT_FAILURES);
    }

    public UserSummary create(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim().toLowerCase(Locale.ROOT);
        if (!username.matches("[a-z0-9][a-z0-9._-]{1,62}")) {
            throw new IllegalArgumentException(
                    "A username has 2 to 63 characters: lower-case letters, digits, '.', '_' or '-'.");
        }
        String displayName = user.displayName() == null || user.displayName().isBlank()
                ? username
                : Limits.checked(user.displayName(), Limits.NAME, "The name");
        checkRole(user.role());
        PasswordPolicy.check(user.password(), username, displayName);
        if (users.exists(username)) {
            throw new IllegalArgumentException("The username '" + username + "' is already taken.");
        }
        long id = users.insert(username, displayName, user.role(), passwordEncoder.encode(user.password()));
        UserSummary created = find(id);
        audit.record("create", "user", id, null, null, created);
        return created;
    }

    public UserSummary changeRole(long id, int version, String role) {
        checkRole(role);
        UserSummary before = find(id);
        if (Roles.ADMIN.equals(before.role())
                && !Roles.ADMIN.equals(role)
                && before.enabled()
                && users.countEnabledAdmins() <= 1) {
            throw new IllegalArgumentException("This is the last admin; make someone else an admin first.");
        }
        if (!users.updateRole(id, version, role)) {
            throw stale(before);
        }
        signOutEverywhere(id, before.username());
        UserSummary after = find(id);
        audit.record("change_role", "user", id, null, before, after);
        return after;
    }

    public UserSummary resetPassword(long id, int version, String newPassword) {
        UserSummary before = find(id);
        PasswordPolicy.check(newPassword, before.username(), before.displayName());
        if (!users.updatePassword(id, version, passwordEncoder.encode(newPassword))) {
            throw stale(before);
        }
        // Whoever knew the old password may be signed in with it, or hold a token made with it.
        signOutEverywhere(id, before.username());
        UserSummary after = find(id);
        // The hash is never written to the history; only the fact of the reset.
        audit.record(
                "reset_password",
                "user",
                id,
                null,
                Map.of("username", before.username()),
                Map.of("username", after.username(), "passwordReset", true));
        return after;
    }

    /** Disables a user, ends every open session of theirs at once and revokes their API tokens. */
    public UserSummary setEnabled(long id, int version, boolean enabled) {
        UserSummary before = find(id);
        if (!enabled && Roles.ADMIN.equals(before.role()) && before.enabled() && users.countEnabledAdmins() <= 1) {
            throw new IllegalArgumentException("This is the last admin; it cannot be disabled.");
        }
        if (!users.updateEnabled(id, version, enabled)) {
            throw stale(before);
        }
        if (!enabled) {
            // Revoked, not just refused while disabled: enabling the user again must not revive old tokens.
            signOutEverywhere(id, before.username());
        }
        UserSummary after = find(id);
        audit.record(enabled ? "enable" : "disable", "user", id, null, before, after);
        return after;
    }

    /** Ends the user's sessions and revokes their API tokens. */
    private void signOutEverywhere(long id, String username) {
        endSessionsOf(username);
        int revoked = tokens.revokeAll(id, OffsetDateTime.now());
        if (revoked > 0) {
            audit.record("revoke_all_tokens", "user", id, null, null, Map.of("username", username, "revoked", revoked));
        }
    }

    private void endSessionsOf(String username) {
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof ParallaxUser u && u.getUsername().equals(username))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .forEach(info -> info.expireNow());
    }

    private UserSummary find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private static void checkRole(String role) {
        if (role == null || !Roles.ALL.contains(role)) {
            throw new IllegalArgumentException("Choose a role: reviewer, editor or admin.");
        }
    }

    private static OptimisticLockingFailureException stale(UserSummary user) {
        return StaleData.of("The user '" + user.username() + "'");
    }
}
