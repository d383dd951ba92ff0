package dev.rebound.infra.idempotency;

import dev.rebound.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;

/** A fresh database with infra's tables for one test class, and the SQL tests use to age its rows. */
final class IdempotencyDatabase {

    final DataSource dataSource;
    final JdbcClient jdbc;

    private IdempotencyDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    static IdempotencyDatabase fresh(Class<?> testClass) {
        DataSource dataSource = TestPostgres.freshDatabase(testClass.getSimpleName()).dataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/infra").load().migrate();
        return new IdempotencyDatabase(dataSource);
    }

    void empty() {
        jdbc.sql("TRUNCATE idempotent_request").update();
    }

    long rows() {
        return jdbc.sql("SELECT count(*) FROM idempotent_request").query(Long.class).single();
    }

    /** Moves a key's claim into the past, as if that much time had gone by since. */
    void age(UUID key, Duration by) {
        jdbc.sql("UPDATE idempotent_request SET created_at = created_at - ? * interval '1 millisecond' "
                        + "WHERE idempotency_key = ?")
                .params(by.toMillis(), key).update();
    }
}
