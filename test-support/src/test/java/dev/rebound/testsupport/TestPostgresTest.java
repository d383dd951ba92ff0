package dev.rebound.testsupport;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class TestPostgresTest {

    @Test
    void givesEveryCallerAFreshEmptyDatabaseOnTheSameServer() {
        TestDatabase first = TestPostgres.freshDatabase("first");
        TestDatabase second = TestPostgres.freshDatabase("second");

        assertThat(first.name()).isNotEqualTo(second.name());
        JdbcClient one = JdbcClient.create(first.dataSource());
        one.sql("CREATE TABLE marker (id int)").update();
        one.sql("INSERT INTO marker VALUES (1)").update();

        Integer tables = JdbcClient.create(second.dataSource())
                .sql("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")
                .query(Integer.class).single();
        assertThat(tables).isZero();
        assertThat(one.sql("SELECT count(*) FROM marker").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void serverIsRealPostgresql() {
        String version = JdbcClient.create(TestPostgres.freshDatabase("version").dataSource())
                .sql("SELECT version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
    }

    @Test
    void copiesOfATemplateStartWithWhatTheTemplateWasPreparedWith() {
        TestDatabase template = TestPostgres.templateDatabase("template", database -> {
            JdbcClient prepared = JdbcClient.create(database.dataSource());
            prepared.sql("CREATE TABLE migrated (id int)").update();
            prepared.sql("INSERT INTO migrated VALUES (7)").update();
        });

        JdbcClient first = JdbcClient.create(TestPostgres.freshDatabase("copy", template).dataSource());
        JdbcClient second = JdbcClient.create(TestPostgres.freshDatabase("copy", template).dataSource());
        first.sql("INSERT INTO migrated VALUES (8)").update();

        assertThat(first.sql("SELECT count(*) FROM migrated").query(Integer.class).single()).isEqualTo(2);
        assertThat(second.sql("SELECT id FROM migrated").query(Integer.class).list()).containsExactly(7);
    }
}
