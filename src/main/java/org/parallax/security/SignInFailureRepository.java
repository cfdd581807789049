package org.parallax.security;

import static org.parallax.db.Tables.SIGN_IN_FAILURE;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
class SignInFailureRepository {

    static final Duration RETENTION = Duration.ofDays(90);
    private static final int MAX_USERNAME = 200;
    private static final int MAX_ADDRESS = 100;

    private final DSLContext db;
    private final TransactionTemplate ownTransaction;

    SignInFailureRepository(DSLContext db, PlatformTransactionManager transactions) {
        this.db = db;
        this.ownTransaction = new TransactionTemplate(transactions);
        // The sign-in that failed rolls back; its record must not.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(String username, String address, SignInFailure.Via via, boolean locked) {
        ownTransaction.executeWithoutResult(status -> {
            db.deleteFrom(SIGN_IN_FAILURE)
                    .where(SIGN_IN_FAILURE.OCCURRED_AT.lt(OffsetDateTime.now().minus(RETENTION)))
                    .execute();
            db.insertInto(SIGN_IN_FAILURE)
                    .set(SIGN_IN_FAILURE.USERNAME, cut(username, MAX_USERNAME))
                    .set(SIGN_IN_FAILURE.ADDRESS, cut(address, MAX_ADDRESS))
                    .set(SIGN_IN_FAILURE.VIA, via)
                    .set(SIGN_IN_FAILURE.LOCKED, locked)
                    .execute();
        });
    }

    List<SignInFailure> latest(int limit) {
        return db.select(
                        SIGN_IN_FAILURE.OCCURRED_AT,
                        SIGN_IN_FAILURE.USERNAME,
                        SIGN_IN_FAILURE.ADDRESS,
                        SIGN_IN_FAILURE.VIA,
                        SIGN_IN_FAILURE.LOCKED)
                .from(SIGN_IN_FAILURE)
                .orderBy(SIGN_IN_FAILURE.OCCURRED_AT.desc(), SIGN_IN_FAILURE.ID.desc())
                .limit(limit)
                .fetch(r -> new SignInFailure(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A guessed username is the attacker's text: kept, but no longer than a column of the screen needs. */
    private static String cut(String value, int max) {
        String text = value == null ? "" : value.replace('\u0000', '\uFFFD');
        return text.codePointCount(0, text.length()) <= max
                ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
