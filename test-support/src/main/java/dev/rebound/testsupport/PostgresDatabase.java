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
 *
 * <p>The database belongs to the context, not to the test class: test classes whose configuration is otherwise the
 * same share one cached context and so one database, created when that context starts. A test in a shared context
 * therefore never assumes an empty database: it works on ids of its own (a new candidate, a new organization) and
 * asserts on its own data. A test that needs a database to itself needs a context of its own, i.e. a configuration
 * that differs (other properties, other classes).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface PostgresDatabase {
}
