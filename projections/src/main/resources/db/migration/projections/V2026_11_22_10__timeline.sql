-- Timeline read model: every event of a candidate as a dated entry.
-- Rebuilt from the event store by the "timeline" processor; every write is keyed by event id (idempotent).

CREATE TABLE timeline_application (
    application_id  uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    candidate_id    uuid NOT NULL,
    employer_id     uuid NOT NULL,
    employer_name   text NOT NULL
);

CREATE TABLE timeline_entry (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    application_id  uuid,
    employer_id     uuid,
    employer_name   text,
    type            text        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL,
    summary         text        NOT NULL
);

CREATE INDEX timeline_entry_by_candidate
    ON timeline_entry (organization_id, candidate_id, occurred_at DESC, recorded_at DESC);
