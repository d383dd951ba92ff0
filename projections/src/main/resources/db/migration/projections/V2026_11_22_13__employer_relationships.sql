-- Employer relationships read model: per candidate and employer, applications and stages reached, feedback status,
-- contacts, last contact, thank-you sent, next follow-up due, do-not-contact.
-- Rebuilt from the event store by the "employer-relationships" processor. Every write is an insert keyed by an id of
-- the event (or of its application/employer) or an update that gives the same result when repeated (idempotent).

CREATE TABLE employer_rel_employer (
    employer_id     uuid PRIMARY KEY,
    organization_id uuid    NOT NULL,
    candidate_id    uuid    NOT NULL,
    employer_name   text    NOT NULL,
    do_not_contact  boolean NOT NULL DEFAULT false
);

CREATE INDEX employer_rel_employer_by_candidate ON employer_rel_employer (organization_id, candidate_id);

CREATE TABLE employer_rel_application (
    application_id        uuid PRIMARY KEY,
    organization_id       uuid     NOT NULL,
    candidate_id          uuid     NOT NULL,
    employer_id           uuid     NOT NULL,
    -- the order in which applications were first seen, which is their stored order within a candidate
    tracked_order         bigint   GENERATED ALWAYS AS IDENTITY,
    -- Stage.rank() of the furthest interview or rejection; null when none
    furthest_stage_rank   smallint,
    latest_request        smallint NOT NULL DEFAULT 0,
    first_request_sent_at timestamptz,
    timed_out_request     smallint NOT NULL DEFAULT 0,
    feedback_received     boolean  NOT NULL DEFAULT false,
    feedback_declined     boolean  NOT NULL DEFAULT false,
    feedback_evaluated    boolean  NOT NULL DEFAULT false
);

CREATE INDEX employer_rel_application_by_candidate
    ON employer_rel_application (organization_id, candidate_id, tracked_order);

-- Employer contacts as the audit counts them: every FeedbackRequested and every EmployerContacted.
CREATE TABLE employer_rel_contact (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    employer_id     uuid        NOT NULL,
    contacted_at    timestamptz NOT NULL,
    thank_you       boolean     NOT NULL
);

CREATE INDEX employer_rel_contact_by_candidate ON employer_rel_contact (organization_id, candidate_id, employer_id);
