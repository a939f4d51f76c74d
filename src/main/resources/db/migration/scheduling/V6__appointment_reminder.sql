-- The reminder the day before: when it was written to the outbox (once, whichever instance wins).
ALTER TABLE sch_appointment ADD COLUMN reminded_at TIMESTAMP(3) NULL;
CREATE INDEX sch_appointment_reminder ON sch_appointment (status, starts_at, reminded_at);
