-- What a kept answer leaves out, and which ids a kept request and its answer mention.
--   withheld: the answer's fields that were removed before it was kept (a newly issued token's secret is shown
--             once, in the first answer, and never rests here); a replay names them in Idempotent-Withheld.
--   mentions: every UUID in the request's path, query and body and in the answer's body and Location, so that a
--             candidate's erasure finds every kept answer about them, whoever sent it.
ALTER TABLE idempotent_request ADD COLUMN withheld text;
ALTER TABLE idempotent_request ADD COLUMN mentions uuid[] NOT NULL DEFAULT '{}';

CREATE INDEX idempotent_request_by_mention ON idempotent_request USING gin (mentions);
