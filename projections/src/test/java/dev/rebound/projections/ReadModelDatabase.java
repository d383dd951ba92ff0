package dev.rebound.projections;

import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh PostgreSQL database with every read model's tables, for one projection test: a copy of one database
 * migrated once per test JVM, which is much quicker than running the migrations for every test.
 */
public final class ReadModelDatabase {

    private static TestDatabase migrated;

    private ReadModelDatabase() {
    }

    public static JdbcClient fresh(String hint) {
        return JdbcClient.create(TestPostgres.freshDatabase(hint, migrated()).dataSource());
    }

    private static synchronized TestDatabase migrated() {
        if (migrated == null) {
            migrated = TestPostgres.templateDatabase("read_models", database -> Flyway.configure()
                    .dataSource(database.dataSource()).locations("classpath:db/migration/projections").load()
                    .migrate());
        }
        return migrated;
    }
}
