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

    @Test
    void a_token_is_issued_for_the_right_password_only_and_only_its_hash_is_kept() {
        assertThatThrownBy(() -> tokens.issue("reviewer", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> tokens.issue("nobody", "parallax-demo")).isInstanceOf(BadCredentialsException.class)
                .hasMessage("Wrong username or password.");
        IssuedToken issued = tokens.issue("reviewer", "parallax-demo");
        assertThat(tokens.usernameFor(issued.token())).hasValue("reviewer");
        assertThat(db.fetchCount(db.selectFrom("api_token").where("token_hash = ?", issued.token()))).isZero();
        assertThat(db.fetchCount(db.selectFrom("api_token").where("token_hash = ?", ApiTokenService.hash(issued.token())))).isOne();
    }

    @Test
    void nobody_revokes_another_persons_token_and_an_expired_or_disabled_one_opens_nothing() {
        IssuedToken editors = tokens.issue("editor", "parallax-demo");
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> {
            tokens.revoke(editors.details().id());
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(tokens.usernameFor(editors.token())).hasValue("editor");

        db.execute("update api_token set expires_at = now() - interval '1 minute' where id = ?", editors.details().id());
        assertThat(tokens.usernameFor(editors.token())).isEmpty();
        assertThat(tokens.usernameFor("plx_made-up")).isEmpty();
    }

    @Test
    void a_password_reset_a_disable_and_a_role_change_revoke_the_users_tokens_for_good() {
        signedIn.run("admin", () -> users.create(new NewUser("tokenholder", "Token Holder", Roles.REVIEWER, "Kh7!vQ2#pLm9")));
        IssuedToken first = tokens.issue("tokenholder", "Kh7!vQ2#pLm9");
        UserSummary holder = signedIn.as("admin", () -> users.list()).stream().filter(u -> u.username().equals("tokenholder")).findFirst().orElseThrow();
        UserSummary reset = signedIn.as("admin", () -> users.resetPassword(holder.id(), holder.version(), "Zq8@wNe4!rTy6"));
        assertThat(tokens.usernameFor(first.token())).as("after a password reset").isEmpty();

        IssuedToken second = tokens.issue("tokenholder", "Zq8@wNe4!rTy6");
        UserSummary disabled = signedIn.as("admin", () -> users.setEnabled(holder.id(), reset.version(), false));
        UserSummary enabled = signedIn.as("admin", () -> users.setEnabled(holder.id(), disabled.version(), true));
        assertThat(tokens.usernameFor(second.token())).as("enabled again, the old token stays revoked").isEmpty();

        IssuedToken third = tokens.issue("tokenholder", "Zq8@wNe4!rTy6");
        signedIn.as("admin", () -> users.changeRole(holder.id(), enabled.version(), Roles.EDITOR));
        assertThat(tokens.usernameFor(third.token())).as("after a role change").isEmpty();
    }
}
