package dev.rebound.web.ui.candidate;

import dev.rebound.api.applications.query.ApplicationList;
import dev.rebound.api.applications.query.FindApplications;
import dev.rebound.api.common.CandidateId;
import dev.rebound.api.common.OrganizationId;
import dev.rebound.api.employerrelationships.query.EmployerRelationshipList;
import dev.rebound.api.employerrelationships.query.FindEmployerRelationships;
import dev.rebound.api.progress.query.FindProgress;
import dev.rebound.api.progress.query.Progress;
import dev.rebound.api.timeline.query.FindTimeline;
import dev.rebound.api.timeline.query.TimelineEntry;
import dev.rebound.api.timeline.query.TimelinePage;
import dev.rebound.api.todo.query.FindTodo;
import dev.rebound.api.todo.query.TodoList;
import dev.rebound.api.weaknesstrends.query.FindWeaknessTrends;
import dev.rebound.api.weaknesstrends.query.WeaknessTrends;
import dev.rebound.web.live.LiveUpdates;
import dev.rebound.web.query.Reads;
import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.UiPages;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.UUID;

/**
 * A candidate's dashboard: what to do first, then the timeline, how their weaknesses trend, their employers and their
 * progress month by month, and their applications with what can be recorded next. The to-do list and the timeline
 * stay live through server-sent events that carry ready-made HTML.
 */
@Controller
class DashboardController {

    /** Timeline entries on the dashboard: the newest. */
    static final int TIMELINE_ENTRIES = 50;

    private final Reads reads;
    private final LiveUpdates live;
    private final LiveFragments fragments;

    DashboardController(Reads reads, LiveUpdates live, LiveFragments fragments) {
        this.reads = reads;
        this.live = live;
        this.fragments = fragments;
    }

    @GetMapping("/candidates/{candidateId}")
    String dashboard(@PathVariable UUID candidateId, @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal,
                     Model model) {
        Caller caller = Callers.of(principal);
        OrganizationId organization = caller.organizationId();
        CandidateId candidate = CandidateId.of(candidateId);
        Progress progress = reads.answer(new FindProgress(organization, candidate), Progress.class);
        model.addAttribute("candidateId", candidateId);
        model.addAttribute("records", UiPages.mayRecord(caller));
        model.addAttribute("todo", reads.answer(new FindTodo(organization, candidate), TodoList.class));
        model.addAttribute("timeline", reads.answer(timeline(organization, candidate), TimelinePage.class));
        model.addAttribute("trends", reads.answer(new FindWeaknessTrends(organization, candidate),
                WeaknessTrends.class));
        model.addAttribute("relationships", reads.answer(new FindEmployerRelationships(organization, candidate),
                EmployerRelationshipList.class));
        model.addAttribute("progress", progress.items());
        model.addAttribute("progressOldestFirst", progress.items().reversed());
        model.addAttribute("applications", reads.answer(new FindApplications(organization, candidate),
                ApplicationList.class));
        return "dashboard";
    }

    /** {@code event: todo} with the list as HTML, now and on every change. */
    @GetMapping(path = "/candidates/{candidateId}/live/todo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter liveTodo(@PathVariable UUID candidateId,
                        @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        FindTodo query = new FindTodo(caller.organizationId(), CandidateId.of(candidateId));
        boolean records = UiPages.mayRecord(caller);
        return live.stream(caller, query.candidateId(), () -> reads.subscribe(query, TodoList.class, TodoList.class),
                "todo", todo -> fragments.todo(candidateId, todo, records),
                "todo", todo -> fragments.todo(candidateId, todo, records));
    }

    /** {@code event: timeline} with the newest entries as HTML, then {@code event: entry} with each new one. */
    @GetMapping(path = "/candidates/{candidateId}/live/timeline", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter liveTimeline(@PathVariable UUID candidateId,
                            @AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        Caller caller = Callers.of(principal);
        FindTimeline query = timeline(caller.organizationId(), CandidateId.of(candidateId));
        return live.stream(caller, query.candidateId(),
                () -> reads.subscribe(query, TimelinePage.class, TimelineEntry.class),
                "timeline", page -> fragments.timeline(candidateId, page),
                "entry", entry -> fragments.timelineEntry(candidateId, entry));
    }

    private static FindTimeline timeline(OrganizationId organization, CandidateId candidate) {
        return new FindTimeline(organization, candidate, null, null, null, null, null, 0, TIMELINE_ENTRIES);
    }
}
