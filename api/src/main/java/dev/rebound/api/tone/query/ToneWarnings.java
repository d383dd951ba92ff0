package dev.rebound.api.tone.query;

import dev.rebound.api.common.ToneWarning;

import java.util.List;

/** The warnings for a checked text, in the text's order; empty when the tone is fine. */
public record ToneWarnings(List<ToneWarning> items) {

    public ToneWarnings {
        items = List.copyOf(items);
    }
}
