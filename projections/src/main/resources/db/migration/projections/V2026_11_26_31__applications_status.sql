-- The applications read model answers the API's list of a candidate's applications: where each was found (source),
-- the furthest stage it reached, and what its feedback status needs beyond what the table kept (the latest request
-- that timed out). Feedback received and evaluated follow from applications_feedback_point.
ALTER TABLE applications_application ADD COLUMN source text;
-- Stage.rank() of the furthest interview or rejection; null when none
ALTER TABLE applications_application ADD COLUMN furthest_stage_rank smallint;
ALTER TABLE applications_application ADD COLUMN timed_out_request smallint NOT NULL DEFAULT 0;

CREATE INDEX applications_application_by_candidate_newest
    ON applications_application (organization_id, candidate_id, tracked_at DESC, application_id);

-- What the employer relationships read model already knows fills the new columns of existing rows; the source was
-- kept nowhere, and reads as unknown until the "applications" read model is replayed.
UPDATE applications_application a
SET furthest_stage_rank = e.furthest_stage_rank, timed_out_request = e.timed_out_request
FROM employer_rel_application e
WHERE e.application_id = a.application_id;
