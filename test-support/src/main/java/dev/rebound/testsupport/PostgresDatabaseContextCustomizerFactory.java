package dev.rebound.testsupport;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;
import java.util.Map;

/**
 * Puts a fresh database under every Spring test context of a class annotated with {@link PostgresDatabase}.
 *
 * <p>The customizer is part of the context cache key, so it carries nothing of the test class: every annotated
 * class gets the same (equal) customizer, classes with the same configuration share one cached context, and the
 * database is created once per context, when it starts (named after the first test class that started it).
 */
public class PostgresDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        if (!TestContextAnnotationUtils.hasAnnotation(testClass, PostgresDatabase.class)) {
            return null;
        }
        return new DatabaseCustomizer();
    }

    /** Equal to every other instance: the database is not what tells two contexts apart. */
    record DatabaseCustomizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestDatabase database = TestPostgres.freshDatabase(config.getTestClass().getSimpleName());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rebound-test-database",
                    Map.of("spring.datasource.url", database.jdbcUrl(),
                            "spring.datasource.username", database.username(),
                            "spring.datasource.password", database.password())));
            // messages a test sends straight to Axon carry a fixture sender (see FixtureSenders)
            if (context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition("reboundFixtureCommandSender",
                        new RootBeanDefinition(FixtureSenders.ForCommands.class));
                registry.registerBeanDefinition("reboundFixtureQuerySender",
                        new RootBeanDefinition(FixtureSenders.ForQueries.class));
            }
        }
    }
}
