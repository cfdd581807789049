package org.parallax.security;

import org.parallax.base.ParallaxProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Makes sure a fresh installation can be signed into. Runs after the demo loader (which adds its own users). */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

    private final UserAccounts accounts;
    private final ParallaxProperties properties;

    FirstAdmin(UserAccounts accounts, ParallaxProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createFirstAdminIfNoUsers(properties.adminPassword());
    }
}
