package org.parallax.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.parallax.audit.AuditService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in look-ups and the accounts the system itself creates (the first admin, the demo users).
 * Not for people to call: the user administration is {@link UserService}.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;

    UserAccounts(UserRepository users, PasswordEncoder passwordEncoder, AuditService audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public ParallaxUser loadUserByUsername(String username) {
        return users.findForLogin(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /**
     * On the first start with an empty database: creates {@code admin} with the given password, or a
     * random one that is printed to the log this once.
     */
    @Transactional
    public void createFirstAdminIfNoUsers(String configuredPassword) {
        if (!users.isEmpty()) {
            return;
        }
        String password = configuredPassword;
        if (password == null || password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("""

                    ==================================================================
                     Created the first user 'admin' with the password: {}
                     It is shown only this once. Sign in and change it under Users.
                    ==================================================================""", password);
        } else {
            PasswordPolicy.check(password, "admin", "Administrator");
            log.info("Created the first user 'admin' with the password from PARALLAX_ADMIN_PASSWORD");
        }
        createSystemUser("admin", "Administrator", Roles.ADMIN, password);
    }

    /** Creates a user unless one of that name exists; used for the demo users. */
    @Transactional
    public void ensureUser(String username, String displayName, String role, String password) {
        if (!users.exists(username)) {
            createSystemUser(username, displayName, role, password);
        }
    }

    private void createSystemUser(String username, String displayName, String role, String password) {
        long id = users.insert(username, displayName, role, passwordEncoder.encode(password));
        audit.record(
                "create",
                "user",
                id,
                null,
                null,
                Map.of("username", username, "displayName", displayName, "role", role));
    }
}
