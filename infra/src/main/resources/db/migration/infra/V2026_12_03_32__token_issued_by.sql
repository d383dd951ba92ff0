-- Who issued a token: a member (issued_by_member_id and their role) or the platform admin (role PLATFORM_ADMIN, no
-- member). Both NULL for tokens issued before this was recorded, or by the system (the demo, tests).
ALTER TABLE personal_access_token ADD COLUMN issued_by_member_id uuid;
ALTER TABLE personal_access_token ADD COLUMN issued_by_role text;

CREATE INDEX personal_access_token_by_candidate ON personal_access_token (candidate_id) WHERE candidate_id IS NOT NULL;
