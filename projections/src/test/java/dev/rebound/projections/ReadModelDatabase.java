package dev.rebound.projections;

import dev.rebound.testsupport.TestDatabase;
import dev.rebound.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh PostgreSQL database with every read model's tables, for one projection test. */
public final class ReadModelDatabase {

    private ReadModelDatabase() {
    }

    public static JdbcClient fresh(String hint) {
        TestDatabase database = TestPostgres.freshDatabase(hint);
        Flyway.configure().dataSource(database.dataSource())
                .locations("classpath:db/migration/projections").load().migrate();
        return JdbcClient.create(database.dataSource());
    }
}
