-- The transactional outbox: a message is written in the transaction of the change that causes it
-- and sent later by the dispatcher, which claims messages with a lease so one instance sends each.
CREATE TABLE ntf_outbox (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  kind             VARCHAR(40)  NOT NULL,
  reference        VARCHAR(40)  NOT NULL,
  recipient        VARCHAR(254) NOT NULL,
  subject          VARCHAR(300) NOT NULL,
  body             TEXT         NOT NULL,
  attachment_name  VARCHAR(100) NULL,
  attachment       MEDIUMTEXT   NULL,
  status           VARCHAR(16)  NOT NULL,
  attempts         INT          NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMP(3) NOT NULL,
  claimed_by       VARCHAR(60)  NULL,
  claimed_until    TIMESTAMP(3) NULL,
  last_error       VARCHAR(500) NULL,
  created_at       TIMESTAMP(3) NOT NULL,
  sent_at          TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  KEY ntf_outbox_due (status, next_attempt_at),
  KEY ntf_outbox_reference (reference)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
