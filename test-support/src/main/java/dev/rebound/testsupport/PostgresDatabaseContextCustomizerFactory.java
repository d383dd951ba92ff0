package dev.rebound.testsupport;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;
import java.util.Map;

/**
 * Puts a fresh database under every Spring test class annotated with {@link PostgresDatabase}. The customizer is
 * keyed by the test class, so each such class gets its own context and its own database.
 */
public class PostgresDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, PostgresDatabase.class)) {
            return null;
        }
        return new DatabaseCustomizer(testClass);
    }

    private record DatabaseCustomizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration config) {
            TestDatabase database = TestPostgres.freshDatabase(testClass.getSimpleName());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rebound-test-database",
                    Map.of("spring.datasource.url", database.jdbcUrl(),
                            "spring.datasource.username", database.username(),
                            "spring.datasource.password", database.password())));
        }
    }
}
