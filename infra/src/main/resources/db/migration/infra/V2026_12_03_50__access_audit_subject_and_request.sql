-- The access audit is written by the message-level access policy (MessageAccessPolicy): one row per candidate and
-- request, however many queries a page sends for that candidate, and with the reader's subject (a JWT's `sub`, a
-- personal access token's member), so that reads by an identity provider's users name who read.
ALTER TABLE data_access_log ADD COLUMN reader_subject text;
ALTER TABLE data_access_log ADD COLUMN request_id uuid;

CREATE UNIQUE INDEX data_access_log_once_per_request ON data_access_log (request_id, candidate_id)
    WHERE request_id IS NOT NULL;
