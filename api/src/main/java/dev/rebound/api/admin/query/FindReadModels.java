package dev.rebound.api.admin.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

/** Every read model with its status. */
public record FindReadModels() implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.Platform();
    }
}
