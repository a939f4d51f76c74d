-- How often an appointment was moved: its calendar file carries it as SEQUENCE, so that a
-- citizen's calendar replaces the entry with the new time instead of keeping the old one.
ALTER TABLE sch_appointment ADD COLUMN moves INT NOT NULL DEFAULT 0;
