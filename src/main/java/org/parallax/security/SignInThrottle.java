package org.parallax.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: every failed sign-in (login form or API token) takes a token from a bucket
 * of its account and one of its client address; while either bucket is empty, sign-ins from there are
 * refused without looking at the password, until the bucket refills. Every failure is logged
 * ({@code parallax.security.sign-in}) and kept for admins in the database ({@link SignInFailureRepository}).
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger("parallax.security.sign-in");
    /** Beyond this many tracked keys, those with no failure left to remember are dropped. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SignInFailureRepository failures;
    private final int perAccount;
    private final int perAddress;
    private final Duration period;

    SignInThrottle(
            @Value("${parallax.sign-in.failures-per-account}") int perAccount,
            @Value("${parallax.sign-in.failures-per-address}") int perAddress,
            @Value("${parallax.sign-in.period}") Duration period,
            SignInFailureRepository failures) {
        this.failures = failures;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.period = period;
    }

    /** Whether a sign-in as {@code username} from {@code address} may be tried now. */
    public boolean allows(String username, String address) {
        return available("user:" + key(username), perAccount) > 0 && available("ip:" + key(address), perAddress) > 0;
    }

    /** How many failed sign-ins an account has per period. */
    public int failuresPerAccount() {
        return perAccount;
    }

    /** How long until the next try is allowed, for Retry-After. */
    public Duration retryAfter() {
        return period;
    }

    /** Counts a failed sign-in against the account and the address. */
    void failed(String username, String address, SignInFailure.Via via) {
        bucket("user:" + key(username), perAccount).tryConsume(1);
        bucket("ip:" + key(address), perAddress).tryConsume(1);
        boolean locked = !allows(username, address);
        log.warn(
                "Failed sign-in as '{}' from {} via the {}{}",
                username,
                address,
                via.label(),
                locked ? " (locked out for now)" : "");
        try {
            failures.insert(username, address, via, locked);
        } catch (DataAccessException e) {
            // The throttle and the log line above still hold; the admins' list misses this one.
            log.error("Could not keep the failed sign-in for the admins' list: {}", e.getMessage());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Object details = event.getAuthentication().getDetails();
        failed(
                event.getAuthentication().getName(),
                details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown",
                SignInFailure.Via.FORM);
    }

    private long available(String key, int capacity) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? capacity : bucket.getAvailableTokens();
    }

    private Bucket bucket(String key, int capacity) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= Math.min(perAccount, perAddress));
        }
        return buckets.computeIfAbsent(
                key,
                k -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(capacity)
                                .refillIntervally(capacity, period)
                                .build())
                        .build());
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
