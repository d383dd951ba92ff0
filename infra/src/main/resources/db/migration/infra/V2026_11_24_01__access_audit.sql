-- Who read which candidate's data, when: every read by someone other than the candidate (a coach, an org admin, the
-- platform admin), written before the data was served. Ids, roles, endpoint templates and times only — no names,
-- e-mails or free text — so that a candidate's erasure (crypto-shredding) leaves nothing readable behind here.
-- Append-only: the triggers below refuse to change or remove what was recorded.

CREATE TABLE data_access_log (
    access_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organization_id  uuid        NOT NULL,
    candidate_id     uuid        NOT NULL,
    reader_member_id uuid,                   -- null for the platform admin, who is no member
    reader_role      text        NOT NULL,
    resource         text        NOT NULL,   -- e.g. 'GET /api/v1/candidates/{candidateId}/timeline'
    read_at          timestamptz NOT NULL,
    CONSTRAINT data_access_log_role CHECK (reader_role IN ('PLATFORM_ADMIN', 'ORG_ADMIN', 'COACH')),
    CONSTRAINT data_access_log_reader CHECK ((reader_role = 'PLATFORM_ADMIN') = (reader_member_id IS NULL)),
    CONSTRAINT data_access_log_template CHECK (resource ~ '^[A-Z]+ /[A-Za-z0-9/{}._-]*$')
);

CREATE INDEX data_access_log_by_candidate ON data_access_log (organization_id, candidate_id, read_at DESC);
CREATE INDEX data_access_log_by_organization ON data_access_log (organization_id, read_at DESC);

CREATE FUNCTION data_access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'data_access_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER data_access_log_no_change BEFORE UPDATE OR DELETE ON data_access_log
    FOR EACH ROW EXECUTE FUNCTION data_access_log_is_append_only();
CREATE TRIGGER data_access_log_no_truncate BEFORE TRUNCATE ON data_access_log
    FOR EACH STATEMENT EXECUTE FUNCTION data_access_log_is_append_only();
