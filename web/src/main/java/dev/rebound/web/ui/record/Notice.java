package dev.rebound.web.ui.record;

import java.util.List;

/**
 * What the dashboard says after a form was sent: what was recorded, any warnings, and links to what usually comes
 * next (they work at once, even before the read models have caught up).
 */
public record Notice(String message, List<String> warnings, List<Link> next) {

    public static final String FLASH = "notice";

    public record Link(String label, String href) {
    }

    static Notice of(String message) {
        return new Notice(message, List.of(), List.of());
    }
}
