-- A disruption cancels appointments by office; a replacement is proposed in reserved capacity and,
-- once accepted, the old appointment points to the new one.
ALTER TABLE sch_appointment
  ADD COLUMN disruption_id      VARCHAR(40) NULL,
  ADD COLUMN replacement_start  DATETIME    NULL,
  ADD COLUMN replaced_by_code   CHAR(7)     NULL,
  ADD KEY sch_appointment_disruption (disruption_id);
