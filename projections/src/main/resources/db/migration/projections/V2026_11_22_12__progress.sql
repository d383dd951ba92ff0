-- Progress read model: per candidate and month (UTC), what happened.
-- Rebuilt from the event store by the "progress" processor. Every write is keyed by the event it comes from, or is
-- an insert that changes nothing the second time (idempotent); the monthly figures are computed when read.

-- One row per dated fact: kind is the event's name (ApplicationTracked, InterviewRecorded, RejectionReceived,
-- OfferReceived, PracticeSessionLogged); month is the first day of the UTC month it happened in.
CREATE TABLE progress_fact (
    event_id        text     PRIMARY KEY,
    organization_id uuid     NOT NULL,
    candidate_id    uuid     NOT NULL,
    kind            text     NOT NULL,
    month           date     NOT NULL CHECK (extract(day FROM month) = 1),
    application_id  uuid,
    stage           text,
    stage_rank      smallint,
    minutes         integer
);

CREATE INDEX progress_fact_by_candidate ON progress_fact (organization_id, candidate_id, month);

-- Applications that received feedback, at any time.
CREATE TABLE progress_feedback_received (
    organization_id uuid NOT NULL,
    application_id  uuid NOT NULL,
    candidate_id    uuid NOT NULL,
    PRIMARY KEY (organization_id, application_id)
);
