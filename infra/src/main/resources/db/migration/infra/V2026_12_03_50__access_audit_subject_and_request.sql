-- The access audit is written by the message-level access policy (MessageAccessPolicy): one row per candidate and
-- request, however many queries a page sends for that candidate, and with the reader's subject (a JWT's `sub`, a
-- personal access token's member), so that reads by an identity provider's users name who read.
ALTER TABLE data_access_log ADD COLUMN reader_subject text;
ALTER TABLE data_access_log ADD COLUMN request_id uuid;

CREATE UNIQUE INDEX data_access_log_once_per_request ON data_access_log (request_id, candidate_id)
    WHERE request_id IS NOT NULL;

-- An identity provider's org admin may have no member record: the subject names who read.
ALTER TABLE data_access_log DROP CONSTRAINT data_access_log_reader;
ALTER TABLE data_access_log ADD CONSTRAINT data_access_log_reader
    CHECK (reader_role = 'PLATFORM_ADMIN' AND reader_member_id IS NULL
        OR reader_role <> 'PLATFORM_ADMIN' AND (reader_member_id IS NOT NULL OR reader_subject IS NOT NULL));
