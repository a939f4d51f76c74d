-- People a clerk could not serve (typically during an outage, on the offline counter) and who are
-- to be called back. Inside a declared disruption a callback is also one more person its
-- rebooking proposes a replacement to: disruption_id and appointment_code name the kernel
-- appointment (cancelled by the office) that carries the proposal.
CREATE TABLE dis_callback (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  unit_id          VARCHAR(40)   NOT NULL,
  location_id      VARCHAR(40)   NOT NULL,
  device           VARCHAR(64)   NULL,
  recorded_by      VARCHAR(60)   NOT NULL,
  recorded_at      TIMESTAMP(3)  NOT NULL,
  received_at      TIMESTAMP(3)  NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  service_code     VARCHAR(40)   NOT NULL,
  phone            VARCHAR(40)   NULL,
  email            VARCHAR(254)  NULL,
  language         VARCHAR(2)    NOT NULL,
  notes            VARCHAR(2000) NULL,
  disruption_id    VARCHAR(40)   NULL,
  appointment_code VARCHAR(40)   NULL,
  done_at          TIMESTAMP(3)  NULL,
  done_by          VARCHAR(60)   NULL,
  version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY dis_callback_place_time (unit_id, location_id, recorded_at),
  KEY dis_callback_disruption (disruption_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
