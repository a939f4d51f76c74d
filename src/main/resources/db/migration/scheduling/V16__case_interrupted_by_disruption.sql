-- The disruption that interrupted a case, and when: its heads list those cases with what was
-- recorded for them meanwhile (e.g. on an offline counter). Kept after the case is resumed.
ALTER TABLE sch_case
  ADD COLUMN interrupted_by VARCHAR(40)  NULL,
  ADD COLUMN interrupted_at TIMESTAMP(3) NULL,
  ADD KEY sch_case_interrupted_by (interrupted_by);
