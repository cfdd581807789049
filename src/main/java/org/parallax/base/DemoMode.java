package org.parallax.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Whether this installation shows demo data: by default only when running on the embedded database. */
@Component
public class DemoMode {

    private final boolean enabled;

    DemoMode(ParallaxProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
        this.enabled = properties.demo() != null ? properties.demo() : embedded.getIfAvailable() != null;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
