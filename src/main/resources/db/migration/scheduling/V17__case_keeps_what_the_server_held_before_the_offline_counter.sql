-- What a case held on the server when the first notes of an offline counter arrived for it: the
-- offline device never saw notes typed online shortly before the outage, so its notes are joined
-- to these rather than replacing them.
ALTER TABLE sch_case
  ADD COLUMN notes_before_offline TEXT NULL,
  ADD COLUMN documents_before_offline TEXT NULL,
  ADD COLUMN recorded_offline BOOLEAN NOT NULL DEFAULT FALSE;
