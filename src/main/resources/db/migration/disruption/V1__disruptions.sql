-- A declared disruption: which units and locations, which window, why, and its state.
CREATE TABLE dis_disruption (
  id          VARCHAR(40)  NOT NULL,
  scope_key   VARCHAR(255) NOT NULL,
  units       VARCHAR(400) NOT NULL,
  locations   VARCHAR(400) NOT NULL,
  starts_at   DATETIME     NOT NULL,
  ends_at     DATETIME     NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  status      VARCHAR(16)  NOT NULL,
  declared_by VARCHAR(60)  NOT NULL,
  declared_at TIMESTAMP(3) NOT NULL,
  cancelled   INT          NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY dis_disruption_scope (scope_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
