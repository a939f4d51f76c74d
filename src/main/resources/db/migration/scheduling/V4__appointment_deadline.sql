-- A deadline the citizen gave at booking (e.g. a residence permit's expiry); the department decides
-- whether it makes the case urgent at check-in and in rebooking.
ALTER TABLE sch_appointment ADD COLUMN deadline DATE NULL;
