package dev.rebound.infra.axon;

import dev.rebound.api.tone.query.CheckTone;
import dev.rebound.api.tone.query.ToneWarnings;
import dev.rebound.domain.policy.ToneCheck;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers {@link CheckTone} with the domain's own tone check, so that a screen can show the warnings before a message
 * is sent: the web module may not use the domain directly.
 */
public class ToneCheckQueries {

    @QueryHandler
    public ToneWarnings handle(CheckTone query) {
        return new ToneWarnings(ToneCheck.standard().check(query.text()));
    }
}
