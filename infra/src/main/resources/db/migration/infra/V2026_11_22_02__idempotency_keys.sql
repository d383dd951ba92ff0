-- POSTs sent with an Idempotency-Key, per caller: the first one claims the key, runs and leaves its answer here for
-- repeats. Rows older than rebound.idempotency.retention count as gone and are deleted now and then.

CREATE TABLE idempotent_request (
    caller_scope    text        NOT NULL,                -- who sent it: keys of two callers never meet
    idempotency_key uuid        NOT NULL,
    fingerprint     bytea       NOT NULL,                -- SHA-256 of method, path with query, and body
    state           varchar(16) NOT NULL,
    owner           uuid        NOT NULL,                -- the current claim; only its holder may answer or release it
    status          smallint,                            -- the answer, once COMPLETED
    content_type    text,
    location        text,
    body            bytea,
    created_at      timestamptz NOT NULL DEFAULT now(),  -- when the key was (last) claimed
    PRIMARY KEY (caller_scope, idempotency_key),
    CONSTRAINT idempotent_request_state CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    CONSTRAINT idempotent_request_answer CHECK (state = 'IN_PROGRESS' OR (status IS NOT NULL AND body IS NOT NULL))
);

CREATE INDEX idempotent_request_by_age ON idempotent_request (created_at);
