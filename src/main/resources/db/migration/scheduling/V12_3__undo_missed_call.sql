-- A clerk may undo "did not come" for a few minutes: when it was marked and at which counter the
-- ticket was called, so that undoing puts it back exactly there.
ALTER TABLE sch_ticket
  ADD COLUMN missed_at         TIMESTAMP(3) NULL,
  ADD COLUMN missed_at_counter VARCHAR(40)  NULL;
