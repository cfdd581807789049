package org.parallax.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code parallax.*}, usually given as environment variables
 * ({@code PARALLAX_DATA_DIR}, {@code PARALLAX_DEMO}, {@code PARALLAX_ADMIN_PASSWORD}).
 *
 * @param dataDir       where the embedded PostgreSQL keeps its data
 * @param demo          load the demo meeting and users; unset means "only with the embedded database"
 * @param adminPassword password of the first {@code admin} user; unset means a random one, logged once
 * @param durable       fsync and synchronous commit for the embedded database; only throw-away test
 *                      databases turn this off
 * @param publicUrl     the address people reach Parallax at ({@code PARALLAX_PUBLIC_URL}); exported reports
 *                      link back to it (ClaimReview urls, Web Annotation ids)
 * @param organizationName the desk that publishes the reports ({@code PARALLAX_ORGANIZATION_NAME}): the
 *                      author of ClaimReview and Web Annotation exports
 * @param organizationUrl its web address ({@code PARALLAX_ORGANIZATION_URL}); unset means the public URL
 */
@ConfigurationProperties("parallax")
public record ParallaxProperties(
        Path dataDir,
        Boolean demo,
        String adminPassword,
        Boolean durable,
        String publicUrl,
        String organizationName,
        String organizationUrl) {

    public ParallaxProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (durable == null) {
            durable = true;
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            publicUrl = "http://localhost:8080";
        }
        publicUrl = publicUrl.replaceAll("/+$", "");
        if (organizationName == null || organizationName.isBlank()) {
            organizationName = "Parallax";
        }
        if (organizationUrl == null || organizationUrl.isBlank()) {
            organizationUrl = publicUrl;
        }
    }
}
