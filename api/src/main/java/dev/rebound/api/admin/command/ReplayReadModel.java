package dev.rebound.api.admin.command;

import dev.rebound.api.access.AccessRule;
import dev.rebound.api.access.Guarded;

/**
 * Rebuild one read model ({@code timeline}, {@code weakness-trends} …) from the event store: its tables are
 * emptied and every event is handled again, while the rest of the system keeps serving.
 */
public record ReplayReadModel(String name) implements Guarded {

    @Override
    public AccessRule accessRule() {
        return new AccessRule.Platform();
    }
}
