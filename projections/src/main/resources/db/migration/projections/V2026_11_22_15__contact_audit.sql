-- Employer-contact audit: one row per contact a candidate had with an employer, per organization. A contact is every
-- FeedbackRequested and every EmployerContacted (refused attempts are never events). Append-only: rows are inserted,
-- never changed. Rebuilt by the "contact-audit" processor; every write is keyed (contact id, employer id), so an event
-- delivered twice changes nothing.

-- The name each employer is known under, for showing and for filtering by a part of it.
CREATE TABLE contact_audit_employer (
    employer_id     uuid PRIMARY KEY,
    organization_id uuid NOT NULL,
    candidate_id    uuid NOT NULL,
    employer_name   text NOT NULL,
    name_folded     text NOT NULL   -- lower-cased in Java (Locale.ROOT): the same whatever the database's locale
);

CREATE TABLE contact_audit_contact (
    contact_id              text PRIMARY KEY,   -- a logged contact's id, or a feedback request's event id
    organization_id         uuid        NOT NULL,
    candidate_id            uuid        NOT NULL,
    employer_id             uuid        NOT NULL,
    kind                    text        NOT NULL,   -- FEEDBACK_REQUEST, EMPLOYER_CONTACT
    occurred_at             timestamptz NOT NULL,   -- sentAt / contactedAt, as the client gave it
    recorded_at             timestamptz NOT NULL,   -- when the event was stored
    application_id          uuid,                   -- feedback requests only
    direction               text        NOT NULL,
    channel                 text        NOT NULL,
    purpose                 text        NOT NULL,   -- FEEDBACK_REQUEST, or the contact's purpose
    contact_name            text,
    request_number          integer,                -- feedback requests only
    within_day_of_rejection boolean,                -- feedback requests only
    message                 text                    -- the message, or a request's questions one per line
);

CREATE INDEX contact_audit_contact_newest_first
    ON contact_audit_contact (organization_id, occurred_at DESC, recorded_at DESC, contact_id DESC);

CREATE INDEX contact_audit_contact_by_candidate
    ON contact_audit_contact (organization_id, candidate_id, occurred_at DESC);

CREATE INDEX contact_audit_contact_by_employer
    ON contact_audit_contact (employer_id, occurred_at DESC);

CREATE TABLE contact_audit_tone_warning (
    contact_id text    NOT NULL REFERENCES contact_audit_contact (contact_id),
    position   integer NOT NULL,   -- order of the warnings in the text
    issue      text    NOT NULL,
    phrase     text    NOT NULL,
    advice     text,
    PRIMARY KEY (contact_id, position)
);
