-- A person the office could not serve at the counter during a disruption (a callback) gets a
-- stand-in appointment, cancelled by the office, to which the rebooking proposes a replacement.
-- unserved marks it: no booking of the citizen's, so mails and the citizen's page say so and the
-- day statistics leave it out. replacement_withdrawn_at: the office withdrew the proposal (staff
-- settled the callback otherwise) - not the citizen declining it.
-- (Version 14: V13 is taken on another branch.)
ALTER TABLE sch_appointment
  ADD COLUMN unserved BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN replacement_withdrawn_at TIMESTAMP(3) NULL;
