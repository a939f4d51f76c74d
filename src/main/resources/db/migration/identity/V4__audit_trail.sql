-- The audit trail: who read or changed what (the request's path names the appointment, ticket,
-- case or configuration by id), when, from where, with what result. Append-only: the application
-- never updates or deletes a row. No personal data beyond the staff member's user name.
CREATE TABLE idn_audit (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  at        TIMESTAMP(3) NOT NULL,
  username  VARCHAR(60)  NOT NULL,
  method    VARCHAR(8)   NOT NULL,
  path      VARCHAR(300) NOT NULL,
  status    INT          NOT NULL,
  address   VARCHAR(64)  NOT NULL,
  PRIMARY KEY (id),
  KEY idn_audit_at (at),
  KEY idn_audit_user (username, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
