package org.parallax.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.parallax.Application;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The app as the benchmarks run it: a fresh embedded PostgreSQL (fsync on, as in production) under
 * target/benchmark-data, the demo users, a random port, warnings only.
 */
public final class BenchmarkApp {

    private BenchmarkApp() {}

    public static ConfigurableApplicationContext start(String... more) {
        Path dataDir = Path.of("target", "benchmark-data", UUID.randomUUID().toString());
        List<String> args = new ArrayList<>(List.of(
                "--parallax.data-dir=" + dataDir,
                "--parallax.demo=true",
                "--server.port=0",
                "--logging.level.root=WARN",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.productionMode=" + vaadinMode().equals("production")));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(Application.class)
                .bannerMode(Banner.Mode.OFF)
                .run(args.toArray(String[]::new));
    }

    /**
     * Which frontend the browser gets: production (what users get, the default build) or development (Vaadin's
     * dev bundle, {@code -Pdev}). Figures differ a lot.
     */
    public static String vaadinMode() {
        try {
            Class.forName("com.vaadin.base.devserver.DevModeHandlerManagerImpl");
            return "development";
        } catch (ClassNotFoundException e) {
            return "production";
        }
    }

    /** Makes the calling thread act as the demo user, as a signed-in request would. */
    public static void signIn(ConfigurableApplicationContext app, String username) {
        var strategy = app.getBean(SecurityContextHolderStrategy.class);
        var user = app.getBean(UserDetailsService.class).loadUserByUsername(username);
        var context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
    }
}
