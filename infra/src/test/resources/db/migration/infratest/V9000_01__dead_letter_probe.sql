CREATE TABLE dead_letter_probe (application_id uuid PRIMARY KEY, employer_name text NOT NULL);
