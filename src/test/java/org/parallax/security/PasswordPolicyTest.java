package org.parallax.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Long is not enough: common passwords, repeats, keyboard walks and the user's own name are refused. */
class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "password1234", "qwertyuiop12", "123456789012", "riley.reviewer1"})
    void guessable_passwords_are_refused_with_a_reason(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "riley.reviewer", "Riley Reviewer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("This password is too easy to guess");
    }

    @ParameterizedTest
    @ValueSource(strings = {"lantern-fjord-mosaic-19", "Kh7!vQ2#pLm9", "plinth cobalt oriole 62"})
    void hard_ones_pass(String password) {
        assertThatCode(() -> PasswordPolicy.check(password, "riley.reviewer", "Riley Reviewer"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"elevenchars", "     "})
    void short_ones_are_refused_for_their_length_first(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password)).hasMessageContaining("at least 12 characters");
    }
}
