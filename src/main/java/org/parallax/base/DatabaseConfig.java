package org.parallax.base;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The embedded default: without {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) the app
 * runs its own PostgreSQL in {@code parallax.data-dir}. With a URL, Spring Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatabaseConfig.NoDatasourceUrl.class)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(ParallaxProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir().resolve("postgres"), properties.durable());
    }

    // Depends on the server bean, so the pool closes before the server stops. The spring.datasource.hikari
    // settings apply as to Spring Boot's own pool.
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(@Qualifier("embeddedPostgresServer") EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("parallax-embedded");
        return dataSource;
    }

    // Closed before the pool and the server (it depends on both), so it never restarts a server being stopped.
    @Bean(destroyMethod = "close")
    EmbeddedDatabaseWatchdog embeddedDatabaseWatchdog(
            @Qualifier("embeddedPostgresServer") EmbeddedPostgresServer server, HikariDataSource dataSource) {
        return new EmbeddedDatabaseWatchdog(server, dataSource);
    }

    @Bean
    HealthIndicator embeddedDatabaseHealthIndicator(EmbeddedDatabaseWatchdog watchdog) {
        return watchdog.health();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> embeddedDatabaseRestartFilter(EmbeddedDatabaseWatchdog watchdog) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(watchdog.filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
