-- Lock-out after repeated failed logins: the count of failures in a row and until when the account is locked.
ALTER TABLE idn_staff_account
  ADD COLUMN failed_logins INT          NOT NULL DEFAULT 0,
  ADD COLUMN locked_until  TIMESTAMP(3) NULL;
