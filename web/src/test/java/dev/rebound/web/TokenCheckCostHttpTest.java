package dev.rebound.web;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What checking a personal access token costs the database, over HTTP on the shared application: a burst of reads
 * with one token starts no writing transaction of its own (before, each check was an {@code UPDATE}). Writing transactions are counted exactly, as the
 * transaction ids PostgreSQL handed out during the burst; the few that remain are the batched last-use writes and the
 * processors' own housekeeping. The figures are logged ({@code token check cost: …}) for the performance notes.
 */
@ReboundHttpTest
class TokenCheckCostHttpTest {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCheckCostHttpTest.class);
    private static final int READS = 300;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    private long nextTransactionId() {
        return JdbcClient.create(dataSource).sql("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")
                .query(Long.class).single();
    }

    @Test
    void readsWithATokenStartNoWritingTransaction() {
        ApiClient platformAdmin = new ApiClient(port, ReboundHttpTest.TOKEN);
        String org = platformAdmin.accepted("/api/v1/organizations", "{\"name\": \"Token Cost\"}")
                .get("organizationId").asString();
        JsonNode ada = platformAdmin.accepted("/api/v1/organizations/" + org + "/members",
                "{\"role\": \"CANDIDATE\", \"displayName\": \"Ada\", \"email\": \"ada@example.org\"}");
        ApiClient own = new ApiClient(port, ada.get("token").asString());
        String path = "/api/v1/candidates/" + ada.get("candidateId").asString() + "/tokens";
        assertThat(own.get(path).statusCode()).isEqualTo(200);

        long firstId = nextTransactionId();
        long started = System.nanoTime();
        for (int read = 0; read < READS; read++) {
            assertThat(own.get(path).statusCode()).isEqualTo(200);
        }
        double millisPerRead = (System.nanoTime() - started) / 1e6 / READS;
        long writingTransactions = nextTransactionId() - firstId;

        LOG.info("token check cost: {} GETs, {} writing transactions ({} per GET), {} ms per GET", READS,
                writingTransactions, String.format("%.3f", (double) writingTransactions / READS),
                String.format("%.2f", millisPerRead));
        // a write per check would be at least READS; what remains is time-bound (a batch every 200 ms here, and the
        // processors' claims), not request-bound
        assertThat(writingTransactions).as("writing transactions during %d reads", READS).isLessThan(READS / 2);
    }
}
