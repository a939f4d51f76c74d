-- What to bring, in English as well (one per line); English pages show the German list without it.
ALTER TABLE sch_service
  ADD COLUMN documents_en TEXT NULL;
