-- An Idempotency-Key belongs to one caller (a staff account, or the public) and one request body:
-- a repeat by someone else starts afresh, the same key with another body is refused. Keys stored
-- before have no caller ('') and so are never answered again.
ALTER TABLE sch_idempotency
  ADD COLUMN caller    VARCHAR(120) NOT NULL DEFAULT '' AFTER scope,
  ADD COLUMN body_hash CHAR(64)     NOT NULL DEFAULT '' AFTER idem_key,
  DROP PRIMARY KEY,
  ADD PRIMARY KEY (scope, caller, idem_key);
