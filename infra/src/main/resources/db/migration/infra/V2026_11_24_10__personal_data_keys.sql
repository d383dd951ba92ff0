-- One key per data subject (a candidate, or a staff member) for the personal data inside their events. Erasing a
-- subject sets data_key to NULL and keeps the row, so later events of that subject store no personal data at all.
CREATE TABLE personal_data_key (
    subject_id uuid PRIMARY KEY,
    data_key   bytea,                       -- AES-256 key, wrapped with the master key when one is configured
    wrapped    boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    erased_at  timestamptz,
    CONSTRAINT personal_data_key_erased CHECK ((data_key IS NULL) = (erased_at IS NOT NULL))
);
