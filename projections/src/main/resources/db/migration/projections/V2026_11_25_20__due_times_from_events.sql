-- Due times come from the events that start them (decision 0013): the read models keep the times the events carry
-- instead of deriving them from a rule or a setting of their own.
ALTER TABLE todo_application ADD COLUMN feedback_request_due_at timestamptz;
ALTER TABLE todo_application ADD COLUMN follow_up_due_at timestamptz;
ALTER TABLE employer_rel_application ADD COLUMN follow_up_due_at timestamptz;

-- Rows built before came from revision 1 of the events: give them the due times the upcasters give those events,
-- so that the read models equal what a replay builds.
UPDATE todo_application SET feedback_request_due_at = rejected_at + interval '24 hours' WHERE rejected_at IS NOT NULL;
UPDATE todo_application SET follow_up_due_at = first_request_sent_at + interval '7 days' WHERE latest_request = 1;
UPDATE employer_rel_application SET follow_up_due_at = first_request_sent_at + interval '7 days'
WHERE latest_request = 1;

-- Only the follow-up rule read these; it is gone from the read models.
ALTER TABLE todo_application DROP COLUMN first_request_sent_at;
ALTER TABLE employer_rel_application DROP COLUMN first_request_sent_at;
