package dev.rebound.infra.idempotency;

import dev.rebound.infra.ReboundProperties;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.ResolvableType;
import org.springframework.util.unit.DataSize;

import javax.sql.DataSource;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyAutoConfigurationTest {

    private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(IdempotencyAutoConfiguration.class))
            .withBean(DataSource.class, PGSimpleDataSource::new);

    private static FilterRegistrationBean<?> registration(org.springframework.context.ApplicationContext context) {
        return context.getBean("idempotencyKeyFilter", FilterRegistrationBean.class);
    }

    @Test
    void filtersTheApiRightAfterSpringSecurity() {
        servlet.run(context -> {
            FilterRegistrationBean<?> registration = registration(context);
            assertThat(registration.getFilter()).isInstanceOf(IdempotencyKeyFilter.class);
            assertThat(registration.getUrlPatterns()).containsExactly("/api/*");
            assertThat(registration.getOrder())
                    .isEqualTo(IdempotencyAutoConfiguration.DEFAULT_SECURITY_FILTER_ORDER + 1);
        });
    }

    @Test
    void followsAMovedSecurityFilter() {
        servlet.withPropertyValues("spring.security.filter.order=10")
                .run(context -> assertThat(registration(context).getOrder()).isEqualTo(11));
    }

    @Test
    void keepsAnswersForADayByDefault() {
        servlet.run(context -> {
            ReboundProperties.Idempotency settings = context.getBean(ReboundProperties.class).idempotency();
            assertThat(settings.retention()).isEqualTo(Duration.ofHours(24));
            assertThat(settings.claimTimeout()).isEqualTo(Duration.ofMinutes(2));
            assertThat(settings.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
            assertThat(settings.purgeInterval()).isEqualTo(Duration.ofMinutes(5));
            assertThat(context).hasSingleBean(IdempotencyPurge.class);
        });
    }

    @Test
    void retentionIsConfigurable() {
        servlet.withPropertyValues("rebound.idempotency.retention=1h", "rebound.idempotency.max-body-size=64KB")
                .run(context -> {
                    ReboundProperties.Idempotency settings = context.getBean(ReboundProperties.class).idempotency();
                    assertThat(settings.retention()).isEqualTo(Duration.ofHours(1));
                    assertThat(settings.maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
                });
    }

    @Test
    void staysOutOfApplicationsWithoutServletWeb() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(IdempotencyAutoConfiguration.class))
                .withBean(DataSource.class, PGSimpleDataSource::new)
                .run(context -> {
                    assertThat(context).doesNotHaveBean(IdempotencyStore.class);
                    assertThat(context.getBeanNamesForType(ResolvableType.forClass(FilterRegistrationBean.class)))
                            .isEmpty();
                });
    }
}
