-- Beside a text composed from personal data, the text it becomes once that data is erased: an erasure scrubs the
-- read model to exactly what a replay of the erased events builds.
ALTER TABLE timeline_entry ADD COLUMN summary_erased text;
ALTER TABLE contact_audit_contact ADD COLUMN message_erased text;
