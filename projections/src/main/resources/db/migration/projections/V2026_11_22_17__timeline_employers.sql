-- Every event of the feedback cycle is on the timeline now, including employer contacts and practice, which name no
-- application: entries carry their own organization, candidate and employer, and employer names come from one row
-- per employer instead of one per application.

CREATE TABLE timeline_employer (
    employer_id     uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    candidate_id    uuid NOT NULL,
    employer_name   text NOT NULL
);

INSERT INTO timeline_employer (employer_id, organization_id, candidate_id, employer_name)
SELECT DISTINCT ON (employer_id) employer_id, organization_id, candidate_id, employer_name
FROM timeline_application
ORDER BY employer_id, application_id;

DROP TABLE timeline_application;
