package dev.rebound.infra.axon;

import dev.rebound.api.application.event.ApplicationTracked;
import dev.rebound.api.application.event.RejectionReceived;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A projection whose SQL fails for employers named "Poison…", the way a real bug in a projection would. */
@ProcessingGroup(DeadLetterProbeProjection.NAME)
class DeadLetterProbeProjection {

    static final String NAME = "dead-letter-probe";

    private final JdbcClient jdbc;

    DeadLetterProbeProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ApplicationTracked event) {
        jdbc.sql("INSERT INTO dead_letter_probe (application_id, employer_name) VALUES (?, ?)")
                .params(event.applicationId().value(), event.employerName()).update();
        if (event.employerName().startsWith("Poison")) {
            jdbc.sql("INSERT INTO no_such_table VALUES (1)").update();
        }
    }

    @EventHandler
    void on(RejectionReceived event) {
        jdbc.sql("UPDATE dead_letter_probe SET employer_name = employer_name || ' (rejected)' WHERE application_id = ?")
                .param(event.applicationId().value()).update();
    }
}
