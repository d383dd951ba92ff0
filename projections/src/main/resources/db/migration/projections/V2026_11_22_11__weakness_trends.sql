-- Weakness trends read model: per candidate, the facts a weakness's figures and status come from.
-- Rebuilt from the event store by the "weakness-trends" processor. Every row is keyed by the event it comes from
-- (idempotent); the figures are computed when read, from occurred-at times, so the order events arrive in does not
-- matter.

-- Every evaluation of the candidate's feedback, mentioning anything or not: three after a weakness's last mention
-- without it address it.
CREATE TABLE weakness_evaluation (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    evaluated_at    timestamptz NOT NULL
);

CREATE INDEX weakness_evaluation_by_candidate ON weakness_evaluation (organization_id, candidate_id);

-- One row per mention: an accepted or partly accepted feedback point (its position in the evaluation) tagged with
-- the weakness. weight = (credibility/5) x (ringsTrue/5) x (1 if accepted, 0.5 if partly), a missing score as 3;
-- it is exact in numeric (a multiple of 0.02).
CREATE TABLE weakness_mention (
    event_id        text          NOT NULL,
    point_index     integer       NOT NULL,
    weakness        text          NOT NULL,
    organization_id uuid          NOT NULL,
    candidate_id    uuid          NOT NULL,
    employer_id     uuid          NOT NULL,
    evaluated_at    timestamptz   NOT NULL,
    weight          numeric(6, 4) NOT NULL,
    PRIMARY KEY (event_id, point_index, weakness)
);

CREATE INDEX weakness_mention_by_candidate ON weakness_mention (organization_id, candidate_id, weakness);

-- One row per practice session and weakness it targeted.
CREATE TABLE weakness_practice (
    event_id        text    NOT NULL,
    weakness        text    NOT NULL,
    organization_id uuid    NOT NULL,
    candidate_id    uuid    NOT NULL,
    held_on         date    NOT NULL,
    minutes         integer NOT NULL,
    PRIMARY KEY (event_id, weakness)
);

CREATE INDEX weakness_practice_by_candidate ON weakness_practice (organization_id, candidate_id, weakness);

-- Every time the candidate or a coach marked a weakness addressed; marked_at is when it was recorded.
CREATE TABLE weakness_marked_addressed (
    event_id        text PRIMARY KEY,
    organization_id uuid        NOT NULL,
    candidate_id    uuid        NOT NULL,
    weakness        text        NOT NULL,
    marked_at       timestamptz NOT NULL
);

CREATE INDEX weakness_marked_addressed_by_candidate
    ON weakness_marked_addressed (organization_id, candidate_id, weakness);
