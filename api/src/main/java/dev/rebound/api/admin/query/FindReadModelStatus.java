package dev.rebound.api.admin.query;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

/** How far a read model is, and how its latest replay (if any) went. */
public record FindReadModelStatus(String name) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.Platform();
    }
}
