-- Organization analytics: the facts its cohort figures are computed from, one table per kind of fact, keyed by
-- application or by event id. Nothing is aggregated when written: the figures are computed when asked for, so they do
-- not depend on the order events arrive in, and an event delivered twice changes nothing. No names, no free text.
-- Rebuilt by the "analytics" processor.

CREATE TABLE analytics_application (
    application_id  uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    candidate_id    uuid NOT NULL
);

CREATE INDEX analytics_application_by_organization ON analytics_application (organization_id);

CREATE TABLE analytics_interview (
    event_id        text PRIMARY KEY,
    organization_id uuid NOT NULL,
    application_id  uuid NOT NULL,
    stage           text NOT NULL
);

CREATE INDEX analytics_interview_by_organization ON analytics_interview (organization_id, application_id);

-- at most one rejection per application
CREATE TABLE analytics_rejection (
    application_id  uuid PRIMARY KEY,
    organization_id uuid        NOT NULL,
    received_at     timestamptz NOT NULL,
    stage           text        NOT NULL
);

CREATE INDEX analytics_rejection_by_organization ON analytics_rejection (organization_id);

CREATE TABLE analytics_feedback_request (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    application_id  uuid        NOT NULL,
    sent_at         timestamptz NOT NULL
);

CREATE INDEX analytics_feedback_request_by_application
    ON analytics_feedback_request (organization_id, application_id, sent_at);

CREATE TABLE analytics_feedback_receipt (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    application_id  uuid        NOT NULL,
    received_at     timestamptz NOT NULL
);

CREATE INDEX analytics_feedback_receipt_by_application
    ON analytics_feedback_receipt (organization_id, application_id, received_at);

CREATE TABLE analytics_offer (
    event_id        text PRIMARY KEY,
    organization_id uuid NOT NULL,
    application_id  uuid NOT NULL
);

CREATE INDEX analytics_offer_by_organization ON analytics_offer (organization_id);

-- every FeedbackEvaluated: "three later evaluations without a mention" address a weakness
CREATE TABLE analytics_evaluation (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    evaluated_at    timestamptz NOT NULL
);

CREATE INDEX analytics_evaluation_by_candidate ON analytics_evaluation (organization_id, candidate_id);

-- one row per evaluated point and weakness it is tagged with; a mention when the verdict is ACCEPTED or PARTLY
CREATE TABLE analytics_point_weakness (
    event_id        text        NOT NULL,
    point_id        uuid        NOT NULL,
    weakness        text        NOT NULL,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    verdict         text        NOT NULL,
    evaluated_at    timestamptz NOT NULL,
    PRIMARY KEY (event_id, point_id, weakness)
);

CREATE INDEX analytics_point_weakness_by_candidate
    ON analytics_point_weakness (organization_id, candidate_id, weakness);

-- one row per practice session and weakness it targeted
CREATE TABLE analytics_practice (
    event_id        text NOT NULL,
    weakness        text NOT NULL,
    organization_id uuid NOT NULL,
    candidate_id    uuid NOT NULL,
    held_on         date NOT NULL,
    PRIMARY KEY (event_id, weakness)
);

CREATE INDEX analytics_practice_by_candidate ON analytics_practice (organization_id, candidate_id, weakness);

CREATE TABLE analytics_weakness_marked_addressed (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    weakness        text        NOT NULL,
    marked_at       timestamptz NOT NULL   -- when it was recorded: the mark has no time of its own
);

CREATE INDEX analytics_weakness_marked_addressed_by_candidate
    ON analytics_weakness_marked_addressed (organization_id, candidate_id, weakness);
