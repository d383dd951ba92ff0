package dev.rebound.web.ui.candidate;

import dev.rebound.api.timeline.query.TimelineEntry;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.web.ui.Formats;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dashboard's live parts as HTML, rendered from the very fragments the page itself is built from, outside of any
 * request (live updates arrive on Axon's threads). Line breaks are dropped, as an event's data is one line; HTML
 * does not need them.
 */
@Component
class LiveFragments {

    static final String TEMPLATE = "fragments/candidate";

    private final ITemplateEngine templates;

    LiveFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The to-do list, with links to the forms when {@code records} (not for a coach, who only reads). */
    String todo(UUID candidateId, TodoList todo, boolean records) {
        return render("todo-items", Map.of("candidateId", candidateId, "todo", todo, "records", records));
    }

    String timeline(UUID candidateId, TimelinePage timeline) {
        return render("timeline-items", Map.of("candidateId", candidateId, "timeline", timeline));
    }

    String timelineEntry(UUID candidateId, TimelineEntry entry) {
        return render("timeline-entry", Map.of("candidateId", candidateId, "entry", entry));
    }

    private String render(String fragment, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH, variables);
        context.setVariable("fmt", Formats.INSTANCE);
        return templates.process(TEMPLATE, Set.of(fragment), context).replaceAll("[\\r\\n]+", " ").strip();
    }
}
