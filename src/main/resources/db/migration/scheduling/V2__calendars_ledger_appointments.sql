-- What a citizen should bring, one line per document.
ALTER TABLE sch_service ADD COLUMN documents TEXT NULL;

-- Per unit and location: the slot length of its calendar (set with the weekly opening hours).
CREATE TABLE sch_calendar (
  unit_id      VARCHAR(40) NOT NULL,
  location_id  VARCHAR(40) NOT NULL,
  slot_minutes INT         NOT NULL,
  PRIMARY KEY (unit_id, location_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The weekly opening pattern (REGULAR capacity). day_of_week: 1 = Monday ... 7 = Sunday.
CREATE TABLE sch_opening_period (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  unit_id     VARCHAR(40) NOT NULL,
  location_id VARCHAR(40) NOT NULL,
  day_of_week TINYINT     NOT NULL,
  starts_at   TIME        NOT NULL,
  ends_at     TIME        NOT NULL,
  counters    INT         NOT NULL,
  PRIMARY KEY (id),
  KEY sch_opening_period_calendar (unit_id, location_id, day_of_week)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Dated closures: no regular hours that day.
CREATE TABLE sch_closure (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id     VARCHAR(40)  NOT NULL,
  location_id VARCHAR(40)  NOT NULL,
  day         DATE         NOT NULL,
  reason      VARCHAR(300) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY sch_closure_day (unit_id, location_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Dated sessions beyond the weekly pattern: EXTRA, AFTER_HOURS, REPLACEMENT.
CREATE TABLE sch_session (
  id                      BIGINT      NOT NULL AUTO_INCREMENT,
  unit_id                 VARCHAR(40) NOT NULL,
  location_id             VARCHAR(40) NOT NULL,
  day                     DATE        NOT NULL,
  starts_at               TIME        NOT NULL,
  ends_at                 TIME        NOT NULL,
  counters                INT         NOT NULL,
  kind                    VARCHAR(20) NOT NULL,
  reserved_for_disruption VARCHAR(40) NULL,
  PRIMARY KEY (id),
  KEY sch_session_day (unit_id, location_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A unit's rules as a JSON object (kernel keys plus the department's own).
CREATE TABLE sch_unit_rules (
  unit_id    VARCHAR(40)  NOT NULL,
  rules_json TEXT         NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The capacity ledger: seats taken per slot and pool. The capacity itself is derived from the
-- calendar at booking time; taking a seat is "UPDATE ... SET taken = taken + 1 WHERE taken < capacity"
-- (docs/adr/0004-capacity-ledger.md). slot_start is local time in Europe/Berlin.
CREATE TABLE sch_seat_ledger (
  unit_id     VARCHAR(40) NOT NULL,
  location_id VARCHAR(40) NOT NULL,
  slot_start  DATETIME    NOT NULL,
  pool        VARCHAR(60) NOT NULL,
  taken       INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (unit_id, location_id, slot_start, pool),
  CONSTRAINT sch_seat_ledger_not_negative CHECK (taken >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Seats given back by a cancellation, returned to the ledger only after the unit's hold-back.
CREATE TABLE sch_seat_release (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id     VARCHAR(40)  NOT NULL,
  location_id VARCHAR(40)  NOT NULL,
  slot_start  DATETIME     NOT NULL,
  pool        VARCHAR(60)  NOT NULL,
  release_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  KEY sch_seat_release_due (release_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Appointments. starts_at / ends_at are local times in Europe/Berlin.
CREATE TABLE sch_appointment (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  code          CHAR(7)      NOT NULL,
  token         VARCHAR(64)  NOT NULL,
  unit_id       VARCHAR(40)  NOT NULL,
  location_id   VARCHAR(40)  NOT NULL,
  starts_at     DATETIME     NOT NULL,
  ends_at       DATETIME     NOT NULL,
  pool          VARCHAR(60)  NOT NULL,
  slot_minutes  INT          NOT NULL,
  status        VARCHAR(24)  NOT NULL,
  name          VARCHAR(200) NULL,
  email         VARCHAR(254) NULL,
  phone         VARCHAR(40)  NULL,
  language      CHAR(2)      NOT NULL,
  made_by       VARCHAR(60)  NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  expires_at    TIMESTAMP(3) NULL,
  version       INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY sch_appointment_code (code),
  KEY sch_appointment_contact_email (unit_id, email, status),
  KEY sch_appointment_contact_phone (unit_id, phone, status),
  KEY sch_appointment_expiry (status, expires_at),
  KEY sch_appointment_day (unit_id, location_id, starts_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sch_appointment_service (
  appointment_id BIGINT      NOT NULL,
  position       INT         NOT NULL,
  service_code   VARCHAR(40) NOT NULL,
  PRIMARY KEY (appointment_id, position),
  CONSTRAINT sch_appointment_service_appointment FOREIGN KEY (appointment_id) REFERENCES sch_appointment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every status change of an appointment, who made it and when.
CREATE TABLE sch_appointment_history (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  appointment_id BIGINT       NOT NULL,
  at             TIMESTAMP(3) NOT NULL,
  from_status    VARCHAR(24)  NULL,
  to_status      VARCHAR(24)  NOT NULL,
  actor          VARCHAR(60)  NOT NULL,
  detail         VARCHAR(300) NULL,
  PRIMARY KEY (id),
  KEY sch_appointment_history_appointment (appointment_id, at),
  CONSTRAINT sch_appointment_history_appointment FOREIGN KEY (appointment_id) REFERENCES sch_appointment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Idempotency-Key of creating requests: a repeat returns what the first created.
CREATE TABLE sch_idempotency (
  scope          VARCHAR(40)  NOT NULL,
  idem_key       VARCHAR(100) NOT NULL,
  appointment_id BIGINT       NULL,
  created_at     TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (scope, idem_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
