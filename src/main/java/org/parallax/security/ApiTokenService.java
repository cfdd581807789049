package org.parallax.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.parallax.audit.AuditService;
import org.parallax.base.Limits;
import org.parallax.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: made by signing in with username and password (or in the app), used as
 * {@code Authorization: Bearer …}, listed and revoked by their owner. Only a SHA-256 hash of each token
 * is stored, so a copy of the database gives no way in.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ApiTokenService {

    static final Duration LIFETIME = Duration.ofDays(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccounts users;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final AuditService audit;

    private final SignInThrottle throttle;
    /** A bcrypt hash of nothing anyone types, checked against for unknown usernames. */
    private final String unknownUserHash;

    ApiTokenService(
            ApiTokenRepository tokens,
            UserAccounts users,
            PasswordEncoder passwords,
            CurrentUser currentUser,
            AuditService audit,
            SignInThrottle throttle) {
        this.throttle = throttle;
        this.unknownUserHash = passwords.encode(UUID.randomUUID().toString());
        this.tokens = tokens;
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Signs in for the API: a wrong username or password gets the same answer, in the same time, and no
     * token; after too many failures from the account or the address, no answer but "wait".
     */
    @PreAuthorize("permitAll()")
    public IssuedToken issue(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        if (!throttle.allows(name, address)) {
            throw new TooManySignIns(throttle.retryAfter());
        }
        ParallaxUser user;
        try {
            user = users.loadUserByUsername(name);
        } catch (UsernameNotFoundException unknown) {
            // As long as a real check, so the answer's time does not tell which usernames exist.
            passwords.matches(password == null ? "" : password, unknownUserHash);
            throttle.failed(name, address, SignInFailure.Via.API);
            throw new BadCredentialsException("Wrong username or password.");
        }
        if (password == null || !passwords.matches(password, user.getPassword()) || !user.isEnabled()) {
            throttle.failed(name, address, SignInFailure.Via.API);
            throw new BadCredentialsException("Wrong username or password.");
        }
        return create(user, "API sign-in " + now().toLocalDate());
    }

    /** A token made in the app, named by its owner. */
    public IssuedToken create(String name) {
        String clean = name == null
                ? ""
                : Objects.requireNonNullElse(Limits.checked(name, Limits.NAME, "The token's name"), "");
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("Name the token, e.g. after the tool that will use it.");
        }
        return create(currentUser.require(), clean);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.ofUser(currentUser.require().id());
    }

    /** Revokes one of one's own tokens; at once, for every request that follows. */
    public void revoke(long id) {
        ParallaxUser me = currentUser.require();
        if (!tokens.revoke(id, me.id(), now())) {
            throw new NotFoundException("API token", id);
        }
        audit.record("revoke", "api_token", id, null, null, null);
    }

    /** The username a presented token stands for, if it is usable; used by the API's filter. */
    @PreAuthorize("permitAll()")
    public Optional<String> usernameFor(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String hash = hash(token.strip());
        Optional<String> username = tokens.usernameFor(hash, now());
        username.ifPresent(u -> tokens.touch(hash, now()));
        return username;
    }

    private IssuedToken create(ParallaxUser user, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "plx_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken details = tokens.insert(user.id(), name, hash(token), now().plus(LIFETIME));
        return new IssuedToken(token, details);
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
