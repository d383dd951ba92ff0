package dev.rebound.web.ui;

import dev.rebound.api.access.Caller;
import dev.rebound.web.security.Callers;
import dev.rebound.web.security.UiPages;

/**
 * The links a signed-in person is offered: only pages their role may open ({@link UiPages}).
 *
 * @param dashboard  a candidate's own dashboard, else null
 * @param privacy    a candidate's own privacy page (who looked at their data, erasure), else null
 * @param candidates the organization's candidates (admins)
 * @param coach      the coach view
 * @param audit      the employer-contact audit
 * @param analytics  the cohort figures
 * @param records    whether the candidate pages offer their forms (not to coaches, who only read)
 */
public record Navigation(String dashboard, String privacy, boolean candidates, boolean coach, boolean audit,
                         boolean analytics, boolean records) {

    static Navigation of(Caller caller) {
        return new Navigation(UiPages.dashboard(caller), UiPages.privacy(caller),
                UiPages.mayOpen(caller, UiPages.CANDIDATES), UiPages.mayOpen(caller, UiPages.COACH),
                UiPages.mayOpen(caller, UiPages.AUDIT), UiPages.mayOpen(caller, UiPages.ANALYTICS),
                UiPages.mayRecord(caller));
    }
}
