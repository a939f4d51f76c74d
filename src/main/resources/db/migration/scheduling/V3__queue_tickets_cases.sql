-- The day's ticket numbers per unit and location (K001, K002, ...), handed out atomically.
CREATE TABLE sch_ticket_number (
  unit_id     VARCHAR(40) NOT NULL,
  location_id VARCHAR(40) NOT NULL,
  day         DATE        NOT NULL,
  last_number INT         NOT NULL,
  PRIMARY KEY (unit_id, location_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Tickets: who waits, since when, for what; also the raw data for statistics.
CREATE TABLE sch_ticket (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  unit_id           VARCHAR(40)  NOT NULL,
  location_id       VARCHAR(40)  NOT NULL,
  day               DATE         NOT NULL,
  number            VARCHAR(8)   NOT NULL,
  kind              VARCHAR(16)  NOT NULL,
  status            VARCHAR(16)  NOT NULL,
  service_code      VARCHAR(40)  NOT NULL,
  appointment_code  CHAR(7)      NULL,
  appointment_start DATETIME     NULL,
  name              VARCHAR(200) NULL,
  phone             VARCHAR(40)  NULL,
  urgent            BOOLEAN      NOT NULL DEFAULT FALSE,
  arrived_at        TIMESTAMP(3) NOT NULL,
  called_at         TIMESTAMP(3) NULL,
  call_count        INT          NOT NULL DEFAULT 0,
  counter_id        VARCHAR(40)  NULL,
  assigned_counter  VARCHAR(40)  NULL,
  called_by         VARCHAR(60)  NULL,
  started_at        TIMESTAMP(3) NULL,
  finished_at       TIMESTAMP(3) NULL,
  outcome           VARCHAR(40)  NULL,
  version           INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY sch_ticket_number_of_day (unit_id, location_id, day, number),
  KEY sch_ticket_queue (unit_id, location_id, day, status),
  KEY sch_ticket_appointment (appointment_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Cases: what a clerk did for a ticket. An interrupted case keeps notes and documents and resumes.
CREATE TABLE sch_case (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  ticket_id  BIGINT       NOT NULL,
  unit_id    VARCHAR(40)  NOT NULL,
  clerk      VARCHAR(60)  NOT NULL,
  counter_id VARCHAR(40)  NOT NULL,
  status     VARCHAR(16)  NOT NULL,
  started_at TIMESTAMP(3) NOT NULL,
  ended_at   TIMESTAMP(3) NULL,
  notes      TEXT         NULL,
  documents  TEXT         NULL,
  outcome    VARCHAR(40)  NULL,
  version    INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY sch_case_ticket (ticket_id),
  KEY sch_case_recent (unit_id, status, ended_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Counters limited to some services (no row: the counter serves every service of the unit).
CREATE TABLE sch_counter (
  unit_id     VARCHAR(40)  NOT NULL,
  location_id VARCHAR(40)  NOT NULL,
  counter_id  VARCHAR(40)  NOT NULL,
  services    TEXT         NULL,
  PRIMARY KEY (unit_id, location_id, counter_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every call, for the waiting-room displays of all instances (they poll this table).
CREATE TABLE sch_call_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  location_id VARCHAR(40)  NOT NULL,
  unit_id     VARCHAR(40)  NOT NULL,
  number      VARCHAR(8)   NOT NULL,
  counter_id  VARCHAR(40)  NOT NULL,
  called_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  KEY sch_call_event_location (location_id, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
