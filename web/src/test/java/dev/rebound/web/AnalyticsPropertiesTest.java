package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rebound.analytics.minimum-cohort}: 5 unless set, and an application with less than 1 does not start. */
class AnalyticsPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(WebProperties.class)
    static class Bound {
    }

    @Test
    void theMinimumCohortIsFiveByDefault() {
        context.run(started -> assertThat(started.getBean(WebProperties.class).analytics().minimumCohort())
                .isEqualTo(5));
    }

    @Test
    void theMinimumCohortIsConfigurable() {
        context.withPropertyValues("rebound.analytics.minimum-cohort=10")
                .run(started -> assertThat(started.getBean(WebProperties.class).analytics().minimumCohort())
                        .isEqualTo(10));
    }

    @Test
    void aMinimumBelowOneStopsTheStart() {
        context.withPropertyValues("rebound.analytics.minimum-cohort=0").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("rebound.analytics.minimum-cohort must be at least 1");
        });
    }
}
