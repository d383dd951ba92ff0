-- Personal access tokens: credentials, not domain facts, so they live here and not in the event store. Only a
-- SHA-256 hash of each token is kept; the token itself is shown once when issued.
CREATE TABLE personal_access_token (
    token_id        uuid PRIMARY KEY,
    token_hash      bytea       NOT NULL UNIQUE,
    organization_id uuid        NOT NULL,
    member_id       uuid        NOT NULL,
    role            text        NOT NULL,
    candidate_id    uuid,
    name            text,
    created_at      timestamptz NOT NULL,
    last_used_at    timestamptz,
    revoked_at      timestamptz
);

CREATE INDEX personal_access_token_by_member ON personal_access_token (organization_id, member_id);
