-- A claimed Idempotency-Key names the appointment's code from the start: the code is drawn before
-- the claim, so a booking writes its key once (INSERT) instead of INSERT and a later UPDATE with the
-- appointment's id. Keys stored before keep their appointment_id and are answered through it.
ALTER TABLE sch_idempotency
  ADD COLUMN appointment_code VARCHAR(40) NULL;
