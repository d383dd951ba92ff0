package dev.rebound.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives the Spring test context of the annotated test class a fresh database of its own on the test JVM's
 * PostgreSQL server (see {@link TestPostgres}) through {@code spring.datasource.*}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PostgresDatabase {
}
