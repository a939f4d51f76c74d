-- Public capacity added after a disruption may be released in stages (design section 6): the
-- session's counters become bookable a share at a time, counted from when the head added it.
ALTER TABLE sch_session
  ADD COLUMN release_stages        INT          NULL,
  ADD COLUMN release_every_minutes INT          NULL,
  ADD COLUMN release_starts_at     TIMESTAMP(3) NULL;
