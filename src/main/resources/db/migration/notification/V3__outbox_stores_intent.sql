-- The outbox stores the intent, not the mail: which message (kind) for which appointment (reference),
-- in which language, and the event's facts as JSON. The dispatcher renders text, calendar file and
-- QR code when it sends. Rows written before this version keep their rendered mail (subject to
-- qr_payload, intent NULL) and are sent as they are; new rows leave those columns empty.
ALTER TABLE ntf_outbox
  ADD COLUMN language VARCHAR(5) NULL AFTER recipient,
  ADD COLUMN intent MEDIUMTEXT NULL AFTER language,
  MODIFY COLUMN subject VARCHAR(300) NULL,
  MODIFY COLUMN body TEXT NULL;
