package org.parallax.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * New passwords: at least 12 characters, at most 72 bytes (the most bcrypt can hash), and hard to guess:
 * nbvcxz estimates how many guesses a password takes against its shipped lists of common passwords,
 * words, names, keyboard patterns and dates, and against the user's own name, and refuses what falls short.
 */
public final class PasswordPolicy {

    /** Bits of entropy a new password needs (nbvcxz's estimate; its own default is 35). */
    static final double MINIMUM_ENTROPY = 40;

    public static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    /**
     * @param userWords the user's name, display name and the like, which make a password easy to guess
     * @throws IllegalArgumentException with a message for the person choosing the password
     */
    public static void check(String password, String... userWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("The password is too long (at most " + MAX_BYTES + " bytes).");
        }
        if (password.isBlank()) {
            throw new IllegalArgumentException("The password must not be blank.");
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder own =
                new DictionaryBuilder().setDictionaryName("user").setExclusion(true);
        for (String word : userWords) {
            if (word != null && !word.isBlank()) {
                own.addWord(word.toLowerCase(Locale.ROOT), 0);
                for (String part : word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() > 2) {
                        own.addWord(part, 0);
                    }
                }
            }
        }
        dictionaries.add(own.createDictionary());
        Result result = new Nbvcxz(new ConfigurationBuilder()
                        .setDictionaries(dictionaries)
                        .setMinimumEntropy(MINIMUM_ENTROPY)
                        .setLocale(Locale.ENGLISH)
                        .createConfiguration())
                .estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String warning = result.getFeedback().getWarning();
            throw new IllegalArgumentException("This password is too easy to guess"
                    + (warning == null || warning.isBlank()
                            ? ""
                            : ": " + warning.strip().replaceAll("\\.$", ""))
                    + ". Use a longer phrase of unrelated words, or let a password manager make one.");
        }
    }
}
