package dev.rebound.web.demo;

import java.util.List;

/**
 * Commands that are recorded together: an application with everything that happened to it, a contact, or a practice
 * session (with the weakness it settled). The first command creates something under a fixed id, so a unit seeded
 * before is recognised when that command is refused as a duplicate, and the rest of it is skipped: commands such as
 * {@code RecordInterview} would otherwise be recorded twice.
 *
 * @param description for the log, e.g. {@code "Maya Okafor: Junior Data Analyst at Northwind Analytics"}
 */
record DemoUnit(String description, List<Object> commands) {

    DemoUnit {
        commands = List.copyOf(commands);
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("A demo unit needs at least one command: " + description);
        }
    }

    Object guard() {
        return commands.getFirst();
    }
}
