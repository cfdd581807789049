package org.parallax.base;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the embedded PostgreSQL running under the app: it looks every second whether the server process
 * is alive and, when it died (killed, out of memory), starts it again on the same data and port. While it
 * is down the app says so at once instead of letting each request wait for the pool's timeout: health is
 * DOWN ({@link #health()}), the API answers 503 problems with Retry-After and screens a short 503 page
 * ({@link #filter()}); Vaadin's client shows its reconnect message and retries.
 */
public final class EmbeddedDatabaseWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatchdog.class);
    private static final long CHECK_EVERY_MILLIS = 1_000;

    private final EmbeddedPostgresServer server;
    private final HikariDataSource pool;
    private final ScheduledExecutorService checks;
    private volatile boolean down;
    private volatile long downSince;

    EmbeddedDatabaseWatchdog(EmbeddedPostgresServer server, HikariDataSource pool) {
        this.server = server;
        this.pool = pool;
        this.checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(this::check, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    public boolean isDown() {
        return down;
    }

    private void check() {
        try {
            // Stopping the app stops the server from a shutdown hook: that is no death to recover from.
            if (server.isRunning() || jvmStopping()) {
                return;
            }
            if (!down) {
                down = true;
                downSince = System.nanoTime();
                log.error("The embedded PostgreSQL stopped; starting it again on the same data");
            }
            // Connections to the dead server are useless: the pool makes new ones once it is back.
            if (pool.getHikariPoolMXBean() != null) {
                pool.getHikariPoolMXBean().softEvictConnections();
            }
            server.restart();
            down = false;
            log.warn(
                    "The embedded PostgreSQL serves again, {} ms after it was found stopped",
                    (System.nanoTime() - downSince) / 1_000_000);
        } catch (RuntimeException notYet) {
            log.warn("The embedded PostgreSQL did not start yet; trying again in a second", notYet);
        }
    }

    /** The JVM is shutting down: its hooks run, and no new one may be added. */
    private static boolean jvmStopping() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException stopping) {
            return true;
        }
    }

    /** DOWN while the server is being started again. */
    HealthIndicator health() {
        return () -> down
                ? Health.down().withDetail("embeddedPostgres", "restarting").build()
                : Health.up().build();
    }

    /** Answers at once while the server is down, instead of holding requests for the pool's timeout. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                if (!down || path.startsWith("/actuator/health")) {
                    chain.doFilter(request, response);
                } else if (path.startsWith("/api/")) {
                    ProblemJson.write(
                            response,
                            503,
                            "The database is restarting; try again in a few seconds. Nothing saved is lost.");
                } else {
                    response.setStatus(503);
                    response.setHeader("Retry-After", Long.toString(ProblemJson.UNAVAILABLE_RETRY_AFTER_SECONDS));
                    response.setContentType("text/html;charset=UTF-8");
                    response.getOutputStream()
                            .write(("<!doctype html><title>Parallax</title><p>Parallax's database is restarting. "
                                            + "Try again in a few seconds: nothing saved is lost.</p>")
                                    .getBytes(StandardCharsets.UTF_8));
                }
            }
        };
    }

    @Override
    public void close() {
        checks.shutdownNow();
    }
}
