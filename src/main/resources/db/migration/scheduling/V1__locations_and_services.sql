-- Citizen service centres.
CREATE TABLE sch_location (
  id      VARCHAR(40)  NOT NULL,
  name    VARCHAR(120) NOT NULL,
  address VARCHAR(300) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The service catalogue. unit_id names a unit contributed by a department module (code, not a table).
CREATE TABLE sch_service (
  code             VARCHAR(40)  NOT NULL,
  unit_id          VARCHAR(40)  NOT NULL,
  name_de          VARCHAR(160) NOT NULL,
  name_en          VARCHAR(160) NULL,
  duration_minutes INT          NOT NULL,
  online_bookable  BOOLEAN      NOT NULL,
  leika_key        CHAR(14)     NULL,
  PRIMARY KEY (code),
  KEY sch_service_unit (unit_id, name_de)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
