-- Applications read model: per candidate, each application with where it stands in the feedback cycle and the
-- feedback points it received (with their ids, which an evaluation names); per organization, its candidates.
-- Rebuilt from the event store by the "applications" processor. Every write is an insert keyed by an application or
-- point id, or an update that gives the same result when repeated (idempotent).

CREATE TABLE applications_application (
    application_id    uuid PRIMARY KEY,
    organization_id   uuid        NOT NULL,
    candidate_id      uuid        NOT NULL,
    employer_id       uuid        NOT NULL,
    employer_name     text        NOT NULL,
    role_title        text        NOT NULL,
    applied_on        date,
    tracked_at        timestamptz NOT NULL,
    rejected_at       timestamptz,
    feedback_requests smallint    NOT NULL DEFAULT 0,
    feedback_declined boolean     NOT NULL DEFAULT false,
    offer_received_at timestamptz,
    last_activity_at  timestamptz NOT NULL
);

CREATE INDEX applications_application_by_candidate ON applications_application (organization_id, candidate_id);

CREATE TABLE applications_feedback_point (
    point_id          uuid PRIMARY KEY,
    application_id    uuid        NOT NULL REFERENCES applications_application (application_id),
    organization_id   uuid        NOT NULL,
    position          integer     NOT NULL,
    text              text        NOT NULL,
    received_at       timestamptz NOT NULL,
    evaluation_due_at timestamptz NOT NULL,
    verdict           text
);

CREATE INDEX applications_feedback_point_by_application ON applications_feedback_point (application_id);
