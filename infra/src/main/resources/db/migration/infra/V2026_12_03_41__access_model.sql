-- The access read model (AccessQueries): who a candidate record belongs to and which coaches may see it, the members
-- of each organization, and whose application is whose, so that every access decision is one indexed lookup instead
-- of a replay of event streams. Kept by a subscribing event processor inside each command's transaction, and rebuilt
-- from the event store at startup when access_model_version says it was built by an older version (a database that
-- predates this table has no marker and is built on first start). Ids, roles and flags only: no names, no e-mail
-- addresses. A member's e-mail is kept as a SHA-256 lookup key only, and cleared when the candidate is erased.

CREATE TABLE access_candidate (
    candidate_id          uuid PRIMARY KEY,
    organization_id       uuid    NOT NULL,
    member_id             uuid    NOT NULL,
    coach_access          boolean NOT NULL DEFAULT false,
    -- the CandidateRegistered event, whose (encrypted) display name FindCoachCandidates reads from the event store
    registration_event_id text    NOT NULL
);

CREATE INDEX access_candidate_by_organization ON access_candidate (organization_id);

CREATE TABLE access_coach_assignment (
    candidate_id    uuid NOT NULL,
    coach_member_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    PRIMARY KEY (candidate_id, coach_member_id)
);

CREATE INDEX access_coach_assignment_by_coach ON access_coach_assignment (organization_id, coach_member_id);

CREATE TABLE access_member (
    organization_id uuid   NOT NULL,
    member_id       uuid   NOT NULL,
    role            text   NOT NULL,
    candidate_id    uuid,
    -- lower-case hex SHA-256 of the stripped, lower-cased address; NULL once the candidate's data is erased
    email_key       text,
    -- the MemberAdded event's place in the organization's stream: members in the order they were added
    added_sequence  bigint NOT NULL,
    PRIMARY KEY (organization_id, member_id)
);

CREATE INDEX access_member_by_email ON access_member (organization_id, email_key) WHERE email_key IS NOT NULL;
CREATE INDEX access_member_by_candidate ON access_member (candidate_id) WHERE candidate_id IS NOT NULL;

CREATE TABLE access_application (
    application_id  uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    candidate_id    uuid NOT NULL
);

-- One row: which version of the projection built the tables above (AccessModelRebuild.VERSION).
CREATE TABLE access_model_version (
    id       smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    version  integer     NOT NULL,
    built_at timestamptz NOT NULL
);
