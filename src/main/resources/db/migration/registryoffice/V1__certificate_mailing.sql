-- Certificates sent by post instead of an appointment: the request, its back-office status.
CREATE TABLE reg_certificate_request (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  token           VARCHAR(64)  NOT NULL,
  kind            VARCHAR(24)  NOT NULL,
  subject_name    VARCHAR(200) NOT NULL,
  event_date      DATE         NOT NULL,
  copies          INT          NOT NULL,
  requester_name  VARCHAR(200) NOT NULL,
  requester_email VARCHAR(254) NULL,
  street          VARCHAR(200) NOT NULL,
  postcode        VARCHAR(10)  NOT NULL,
  city            VARCHAR(100) NOT NULL,
  status          VARCHAR(16)  NOT NULL,
  reason          VARCHAR(300) NULL,
  handled_by      VARCHAR(60)  NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  updated_at      TIMESTAMP(3) NOT NULL,
  version         INT          NOT NULL,
  PRIMARY KEY (id),
  KEY reg_certificate_request_queue (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
