-- Retention: when a past appointment's or ticket's personal data were erased (the rows stay for statistics).
ALTER TABLE sch_appointment ADD COLUMN anonymized_at TIMESTAMP(3) NULL;
ALTER TABLE sch_ticket ADD COLUMN anonymized_at TIMESTAMP(3) NULL;
