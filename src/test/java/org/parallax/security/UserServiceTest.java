package org.parallax.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.parallax.db.Tables;
import org.parallax.support.DatabaseTest;
import org.parallax.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

@DatabaseTest
class UserServiceTest {

    @Autowired
    UserService userService;

    @Autowired
    SignedIn signedIn;

    @Autowired
    UserAccounts userAccounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext db;

    @Test
    void an_admin_creates_a_user_who_can_then_sign_in() {
        UserSummary created = signedIn.as(
                "admin",
                () -> userService.create(new NewUser("Kim.Checker", "Kim", Roles.REVIEWER, "velvet-harbor-quince-71")));
        assertThat(created.username()).isEqualTo("kim.checker");
        assertThat(signIn("kim.checker", "velvet-harbor-quince-71").getAuthorities())
                .extracting(Object::toString)
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactly("ROLE_REVIEWER");
        assertThat(auditRows("create", created.id())).isEqualTo(1);
    }

    @Test
    void new_passwords_need_at_least_twelve_characters() {
        assertThatThrownBy(() -> signedIn.run(
                        "admin",
                        () -> userService.create(new NewUser("shorty", "Shorty", Roles.REVIEWER, "elevenchars"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 12 characters");
        assertThat(db.fetchExists(db.selectFrom(Tables.APP_USER).where(Tables.APP_USER.USERNAME.eq("shorty"))))
                .isFalse();
    }

    @Test
    void passwords_are_stored_hashed() {
        UserSummary created = signedIn.as(
                "admin",
                () -> userService.create(new NewUser("hashed", "H", Roles.REVIEWER, "plinth cobalt oriole 62")));
        String stored = db.fetchSingle("select password_hash from app_user where id = ?", created.id())
                .get(0, String.class);
        assertThat(stored).startsWith("{bcrypt}").doesNotContain("correct horse");
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> signIn("reviewer", "not-the-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_editor_is_also_a_reviewer_and_an_admin_is_everything() {
        assertThat(signIn("editor", "parallax-demo").getAuthorities())
                .extracting(Object::toString)
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_REVIEWER");
        assertThat(signIn("admin", "parallax-demo").getAuthorities())
                .extracting(Object::toString)
                .filteredOn(a -> a.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR", "ROLE_REVIEWER");
    }

    @Test
    void a_disabled_user_can_no_longer_sign_in() {
        UserSummary user = signedIn.as(
                "admin",
                () -> userService.create(new NewUser("leaver", "Leaver", Roles.REVIEWER, "velvet-harbor-quince-71")));
        signedIn.run("admin", () -> userService.setEnabled(user.id(), user.version(), false));
        assertThatThrownBy(() -> signIn("leaver", "velvet-harbor-quince-71")).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_reset_password_replaces_the_old_one() {
        UserSummary user = signedIn.as(
                "admin",
                () -> userService.create(new NewUser("forgetful", "F", Roles.REVIEWER, "amber-lattice-gondola-3")));
        signedIn.run("admin", () -> userService.resetPassword(user.id(), user.version(), "marsh-violin-tundra-58"));
        assertThat(signIn("forgetful", "marsh-violin-tundra-58")).isNotNull();
        assertThatThrownBy(() -> signIn("forgetful", "amber-lattice-gondola-3"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_stale_edit_is_refused_and_overwrites_nothing() {
        UserSummary user = signedIn.as(
                "admin",
                () -> userService.create(new NewUser("contested", "C", Roles.REVIEWER, "velvet-harbor-quince-71")));
        signedIn.run("admin", () -> userService.changeRole(user.id(), user.version(), Roles.EDITOR));
        assertThatThrownBy(() ->
                        signedIn.run("admin", () -> userService.changeRole(user.id(), user.version(), Roles.ADMIN)))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(signIn("contested", "velvet-harbor-quince-71").getAuthorities())
                .extracting(Object::toString)
                .filteredOn(a -> a.startsWith("ROLE_"))
                .doesNotContain("ROLE_ADMIN");
    }

    @Test
    void the_last_admin_cannot_be_demoted_or_disabled() {
        UserSummary admin = signedIn.as("admin", () -> userService.list()).stream()
                .filter(u -> u.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(
                        () -> signedIn.run("admin", () -> userService.setEnabled(admin.id(), admin.version(), false)))
                .hasMessageContaining("last admin");
    }

    @Test
    void a_reviewer_cannot_call_the_user_administration() {
        assertThatThrownBy(() -> signedIn.as("reviewer", () -> userService.list()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "editor",
                        () -> userService.create(new NewUser("sneaky", "S", Roles.ADMIN, "velvet-harbor-quince-71"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_cannot_call_the_user_administration() {
        assertThatThrownBy(() -> signedIn.anonymously(() -> userService.list()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Authentication signIn(String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userAccounts);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider)
                .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private int auditRows(String action, long userId) {
        return db.fetchCount(db.selectFrom(Tables.AUDIT_EVENT)
                .where(Tables.AUDIT_EVENT.ENTITY_TYPE.eq("user"))
                .and(Tables.AUDIT_EVENT.ACTION.eq(action))
                .and(Tables.AUDIT_EVENT.ENTITY_ID.eq(userId)));
    }
}
