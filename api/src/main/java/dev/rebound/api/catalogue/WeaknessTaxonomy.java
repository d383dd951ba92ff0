package dev.rebound.api.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.rebound.api.catalogue.Competency.CAREER_DEVELOPMENT;
import static dev.rebound.api.catalogue.Competency.COMMUNICATION;
import static dev.rebound.api.catalogue.Competency.CRITICAL_THINKING;
import static dev.rebound.api.catalogue.Competency.EQUITY_INCLUSION;
import static dev.rebound.api.catalogue.Competency.LEADERSHIP;
import static dev.rebound.api.catalogue.Competency.PROFESSIONALISM;
import static dev.rebound.api.catalogue.Competency.TEAMWORK;
import static dev.rebound.api.catalogue.Competency.TECHNOLOGY;

/**
 * The weakness taxonomy as data: competency › skill area. The keys are part of the public contract (API, events,
 * read models); skill areas may be added, never renamed.
 */
public final class WeaknessTaxonomy {

    private static final WeaknessTaxonomy STANDARD = new WeaknessTaxonomy(List.of(
            new SkillArea("career-development.questions-asked", CAREER_DEVELOPMENT, "Questions asked"),
            new SkillArea("career-development.experience-gap", CAREER_DEVELOPMENT, "Experience gap"),
            new SkillArea("career-development.role-fit", CAREER_DEVELOPMENT, "Role and culture fit"),
            new SkillArea("career-development.self-awareness", CAREER_DEVELOPMENT, "Self-awareness"),
            new SkillArea("communication.active-listening", COMMUNICATION, "Active listening"),
            new SkillArea("communication.answer-structure", COMMUNICATION, "Answer structure"),
            new SkillArea("communication.clarity", COMMUNICATION, "Clarity"),
            new SkillArea("communication.confidence", COMMUNICATION, "Confidence"),
            new SkillArea("critical-thinking.problem-solving", CRITICAL_THINKING, "Problem solving"),
            new SkillArea("critical-thinking.case-analysis", CRITICAL_THINKING, "Case analysis"),
            new SkillArea("equity-inclusion.inclusive-conduct", EQUITY_INCLUSION, "Inclusive conduct"),
            new SkillArea("leadership.ownership", LEADERSHIP, "Ownership"),
            new SkillArea("leadership.influence", LEADERSHIP, "Influence"),
            new SkillArea("professionalism.preparation", PROFESSIONALISM, "Preparation"),
            new SkillArea("professionalism.presentation", PROFESSIONALISM, "Presentation"),
            new SkillArea("professionalism.punctuality", PROFESSIONALISM, "Punctuality"),
            new SkillArea("professionalism.follow-through", PROFESSIONALISM, "Follow-through"),
            new SkillArea("teamwork.collaboration", TEAMWORK, "Collaboration"),
            new SkillArea("teamwork.conflict", TEAMWORK, "Handling conflict"),
            new SkillArea("technology.technical-depth", TECHNOLOGY, "Technical depth"),
            new SkillArea("technology.tools", TECHNOLOGY, "Tools")));

    private final Map<String, SkillArea> byKey = new LinkedHashMap<>();

    private WeaknessTaxonomy(List<SkillArea> skillAreas) {
        skillAreas.forEach(area -> byKey.put(area.key(), area));
    }

    /** The taxonomy every organization starts with (docs/domain.md, "Weakness taxonomy"). */
    public static WeaknessTaxonomy standard() {
        return STANDARD;
    }

    public List<SkillArea> skillAreas() {
        return List.copyOf(byKey.values());
    }

    public boolean contains(String key) {
        return key != null && byKey.containsKey(key);
    }

    public Optional<SkillArea> find(String key) {
        return Optional.ofNullable(key).map(byKey::get);
    }
}
