package dev.rebound.api.organization;

import java.util.List;

/** Every token issued for a candidate's member, newest first. */
public record CandidateTokens(List<TokenRecord> items) {

    public CandidateTokens {
        items = List.copyOf(items);
    }
}
