package dev.rebound.api.catalogue;

/**
 * The second level of the weakness taxonomy: an interview-specific skill area under a competency.
 *
 * @param key        {@code competency.skill-area}, e.g. {@code communication.active-listening}; never renamed
 * @param competency the NACE competency it belongs to
 * @param label      a short name for people
 */
public record SkillArea(String key, Competency competency, String label) {
}
