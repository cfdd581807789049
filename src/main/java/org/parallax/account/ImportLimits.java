package org.parallax.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what an import may bring in ({@code PARALLAX_IMPORT_MAX_FILE_BYTES},
 * {@code PARALLAX_IMPORT_MAX_CHARACTERS}).
 */
@ConfigurationProperties("parallax.import")
public record ImportLimits(Long maxFileBytes, Integer maxCharacters) {

    public ImportLimits {
        if (maxFileBytes == null) {
            maxFileBytes = 5L * 1024 * 1024;
        }
        if (maxCharacters == null) {
            maxCharacters = 1_000_000;
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(null, null);
    }
}
