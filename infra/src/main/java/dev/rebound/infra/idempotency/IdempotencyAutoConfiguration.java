package dev.rebound.infra.idempotency;

import dev.rebound.infra.ReboundProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;

/**
 * {@code Idempotency-Key} for every POST under {@code /api/}: a servlet filter right after Spring Security's, so
 * that it knows the caller and never sees a request without a valid token. Expired answers are purged on a
 * schedule ({@code rebound.idempotency.purge-interval}).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(ReboundProperties.class)
public class IdempotencyAutoConfiguration {

    /** Spring Boot's default {@code spring.security.filter.order}: SecurityFilterProperties.DEFAULT_FILTER_ORDER. */
    static final int DEFAULT_SECURITY_FILTER_ORDER = -100;

    @Bean
    IdempotencyStore idempotencyStore(DataSource dataSource, ReboundProperties properties) {
        ReboundProperties.Idempotency settings = properties.idempotency();
        return new IdempotencyStore(dataSource, settings.retention(), settings.claimTimeout());
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store, ReboundProperties properties) {
        return new IdempotencyPurge(store, properties.idempotency().purgeInterval());
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyStore store,
                                                                      ReboundProperties properties,
                                                                      Environment environment) {
        IdempotencyKeyFilter filter = new IdempotencyKeyFilter(store, properties.idempotency().maxBodySize().toBytes());
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("idempotencyKeyFilter");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(environment.getProperty("spring.security.filter.order", Integer.class,
                DEFAULT_SECURITY_FILTER_ORDER) + 1);
        return registration;
    }
}
