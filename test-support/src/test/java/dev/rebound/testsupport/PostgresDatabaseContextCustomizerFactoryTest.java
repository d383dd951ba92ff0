package dev.rebound.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ContextCustomizer;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresDatabaseContextCustomizerFactoryTest {

    private final PostgresDatabaseContextCustomizerFactory factory = new PostgresDatabaseContextCustomizerFactory();

    @PostgresDatabase
    static class OneTest {
    }

    @PostgresDatabase
    static class AnotherTest {
    }

    static class InheritingTest extends OneTest {
    }

    static class PlainTest {
    }

    @Test
    void classesWithADatabaseGetEqualCustomizersSoTheyCanShareACachedContext() {
        ContextCustomizer one = factory.createContextCustomizer(OneTest.class, List.of());
        ContextCustomizer another = factory.createContextCustomizer(AnotherTest.class, List.of());
        ContextCustomizer inheriting = factory.createContextCustomizer(InheritingTest.class, List.of());

        assertThat(one).isNotNull().isEqualTo(another).isEqualTo(inheriting);
        assertThat(one.hashCode()).isEqualTo(another.hashCode());
    }

    @Test
    void classesWithoutTheAnnotationGetNoDatabase() {
        assertThat(factory.createContextCustomizer(PlainTest.class, List.of())).isNull();
    }
}
