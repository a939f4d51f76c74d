-- Devices that run the clerk's page offline: one unit at one location each; revoked, not deleted.
CREATE TABLE dis_offline_device (
  id            VARCHAR(36)  NOT NULL,
  name          VARCHAR(80)  NOT NULL,
  unit_id       VARCHAR(40)  NOT NULL,
  location_id   VARCHAR(40)  NOT NULL,
  registered_at TIMESTAMP(3) NOT NULL,
  registered_by VARCHAR(60)  NOT NULL,
  revoked_at    TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  KEY dis_offline_device_place (unit_id, location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every action an offline device sent, keyed by the id the device gave it: a repeat (also a
-- concurrent one) meets this key and never applies twice. Conflicts and rejections are kept too,
-- with the payload as received, so nothing a clerk did offline is lost.
CREATE TABLE dis_offline_action (
  id            CHAR(36)     NOT NULL,
  device_id     VARCHAR(36)  NOT NULL,
  sequence      BIGINT       NULL,
  at            TIMESTAMP(3) NULL,
  type          VARCHAR(20)  NULL,
  payload       MEDIUMTEXT   NOT NULL,
  payload_hash  CHAR(64)     NOT NULL,
  result        VARCHAR(16)  NOT NULL,
  problem_de    TEXT         NULL,
  problem_en    TEXT         NULL,
  ticket_id     BIGINT       NULL,
  ticket_number VARCHAR(20)  NULL,
  ticket_status VARCHAR(16)  NULL,
  received_at   TIMESTAMP(3) NOT NULL,
  received_by   VARCHAR(60)  NOT NULL,
  dismissed_at  TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  KEY dis_offline_action_device (device_id, result)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
