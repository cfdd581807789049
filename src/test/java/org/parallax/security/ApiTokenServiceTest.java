package org.parallax.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.base.NotFoundException;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;

@DatabaseTest
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DSLContext db;

    @Autowired
    UserService users;

    @Autowired
    SignInThrottle throttle;

    @Test
    void a_token_is_issued_for_the_right_password_only_and_only_its_hash_is_kept() {
        assertThatThrownBy(() -> tokens.issue("reviewer", "wrong", "127.0.0.1"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> tokens.issue("nobody", "parallax-demo", "127.0.0.1"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Wrong username or password.");
        IssuedToken issued = tokens.issue("reviewer", "parallax-demo", "127.0.0.1");
        assertThat(tokens.usernameFor(issued.token())).hasValue("reviewer");
        assertThat(db.fetchCount(db.selectFrom("api_token").where("token_hash = ?", issued.token())))
                .isZero();
        assertThat(db.fetchCount(
                        db.selectFrom("api_token").where("token_hash = ?", ApiTokenService.hash(issued.token()))))
                .isOne();
    }

    @Test
    void nobody_revokes_another_persons_token_and_an_expired_or_disabled_one_opens_nothing() {
        IssuedToken editors = tokens.issue("editor", "parallax-demo", "127.0.0.1");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> {
                    tokens.revoke(editors.details().id());
                    return null;
                }))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.usernameFor(editors.token())).hasValue("editor");

        db.execute(
                "update api_token set expires_at = now() - interval '1 minute' where id = ?",
                editors.details().id());
        assertThat(tokens.usernameFor(editors.token())).isEmpty();
        assertThat(tokens.usernameFor("plx_made-up")).isEmpty();
    }

    @Test
    void a_password_reset_a_disable_and_a_role_change_revoke_the_users_tokens_for_good() {
        signedIn.run(
                "admin",
                () -> users.create(new NewUser("tokenholder", "Token Holder", Roles.REVIEWER, "Kh7!vQ2#pLm9")));
        IssuedToken first = tokens.issue("tokenholder", "Kh7!vQ2#pLm9", "127.0.0.1");
        UserSummary holder = signedIn.as("admin", () -> users.list()).stream()
                .filter(u -> u.username().equals("tokenholder"))
                .findFirst()
                .orElseThrow();
        UserSummary reset =
                signedIn.as("admin", () -> users.resetPassword(holder.id(), holder.version(), "Zq8@wNe4!rTy6"));
        assertThat(tokens.usernameFor(first.token()))
                .as("after a password reset")
                .isEmpty();

        IssuedToken second = tokens.issue("tokenholder", "Zq8@wNe4!rTy6", "127.0.0.1");
        UserSummary disabled = signedIn.as("admin", () -> users.setEnabled(holder.id(), reset.version(), false));
        UserSummary enabled = signedIn.as("admin", () -> users.setEnabled(holder.id(), disabled.version(), true));
        assertThat(tokens.usernameFor(second.token()))
                .as("enabled again, the old token stays revoked")
                .isEmpty();

        IssuedToken third = tokens.issue("tokenholder", "Zq8@wNe4!rTy6", "127.0.0.1");
        signedIn.as("admin", () -> users.changeRole(holder.id(), enabled.version(), Roles.EDITOR));
        assertThat(tokens.usernameFor(third.token())).as("after a role change").isEmpty();
    }

    @Test
    void one_more_wrong_password_than_allowed_in_a_period_is_refused_without_a_check_and_the_right_one_works_after_it()
            throws Exception {
        signedIn.run(
                "admin", () -> users.create(new NewUser("guessed", "Guessed Person", Roles.REVIEWER, "Kh7!vQ2#pLm9")));
        for (int i = 0; i < throttle.failuresPerAccount(); i++) {
            assertThatThrownBy(() -> tokens.issue("guessed", "wrong-" + Math.random(), "203.0.113.9"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> tokens.issue("guessed", "Kh7!vQ2#pLm9", "203.0.113.9"))
                .as("locked: even the right password waits")
                .isInstanceOf(TooManySignIns.class)
                .hasMessageContaining("Too many failed sign-ins");
        assertThat(signedIn.as("admin", () -> users.recentFailedSignIns())).anySatisfy(f -> {
            assertThat(f.username()).isEqualTo("guessed");
            assertThat(f.address()).isEqualTo("203.0.113.9");
            assertThat(f.via()).isEqualTo(SignInFailure.Via.API);
            assertThat(f.locked()).isTrue();
        });
        Thread.sleep(throttle.retryAfter().toMillis() + 200);
        assertThat(tokens.issue("guessed", "Kh7!vQ2#pLm9", "203.0.113.9").token())
                .startsWith("plx_");
    }

    @Test
    void an_unknown_user_is_answered_alike_and_counts_as_a_failure() {
        assertThatThrownBy(() -> tokens.issue("no-such-person", "whatever-it-is", "198.51.100.7"))
                .isInstanceOf(BadCredentialsException.class)
                .hasMessage("Wrong username or password.");
        assertThat(signedIn.as("admin", () -> users.recentFailedSignIns()))
                .as("kept in the database, not in the request's transaction that failed")
                .anySatisfy(f -> assertThat(f.username()).isEqualTo("no-such-person"));
        assertThat(db.fetchCount(db.selectFrom("sign_in_failure").where("username = 'no-such-person'")))
                .isOne();
    }
}
