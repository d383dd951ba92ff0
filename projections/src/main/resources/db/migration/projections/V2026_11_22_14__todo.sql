-- To-do read model: per candidate, feedback requests due, evaluations due and follow-ups due. Items are derived at
-- query time from the state below, so an item opens and closes with the facts it depends on.
-- Rebuilt from the event store by the "todo" processor. Every write is an insert keyed by an id of the event (or of
-- its application, employer or feedback point) or an update that gives the same result when repeated (idempotent).

CREATE TABLE todo_employer (
    employer_id     uuid PRIMARY KEY,
    organization_id uuid    NOT NULL,
    candidate_id    uuid    NOT NULL,
    employer_name   text    NOT NULL,
    do_not_contact  boolean NOT NULL DEFAULT false
);

CREATE TABLE todo_application (
    application_id        uuid PRIMARY KEY,
    organization_id       uuid     NOT NULL,
    candidate_id          uuid     NOT NULL,
    employer_id           uuid     NOT NULL,
    role_title            text     NOT NULL,
    rejected_at           timestamptz,
    latest_request        smallint NOT NULL DEFAULT 0,
    first_request_sent_at timestamptz,
    feedback_received     boolean  NOT NULL DEFAULT false,
    feedback_declined     boolean  NOT NULL DEFAULT false
);

CREATE INDEX todo_application_by_candidate ON todo_application (organization_id, candidate_id);

-- Every received feedback point until it is evaluated; an application's evaluation is due while one is not.
CREATE TABLE todo_feedback_point (
    application_id    uuid        NOT NULL,
    point_id          uuid        NOT NULL,
    organization_id   uuid        NOT NULL,
    received_at       timestamptz NOT NULL,
    evaluation_due_at timestamptz NOT NULL,
    evaluated         boolean     NOT NULL DEFAULT false,
    PRIMARY KEY (application_id, point_id)
);
