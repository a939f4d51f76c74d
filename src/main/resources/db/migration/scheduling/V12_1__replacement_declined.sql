-- A citizen may decline the replacement a disruption's rebooking proposed: the appointment stays
-- cancelled by the office, gets no further proposal, and is not restored when the disruption is lifted.
-- (Version 12.1, so that it sorts after a V12 another branch may add.)
ALTER TABLE sch_appointment
  ADD COLUMN replacement_declined_at TIMESTAMP(3) NULL;
