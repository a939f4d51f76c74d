-- Car dealerships that submit batch registrations, with their daily quota of items.
CREATE TABLE veh_dealer (
  id          VARCHAR(40)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  daily_quota INT          NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Items of a dealer's quota used per working day; taken like seats (conditional UPDATE).
CREATE TABLE veh_dealer_day (
  dealer_id VARCHAR(40) NOT NULL,
  day       DATE        NOT NULL,
  used      INT         NOT NULL,
  PRIMARY KEY (dealer_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE veh_batch (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  dealer_id    VARCHAR(40)  NOT NULL,
  submitted_at TIMESTAMP(3) NOT NULL,
  submitted_by VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  KEY veh_batch_dealer (dealer_id, submitted_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every accepted item of a batch; nothing accepted is ever deleted.
CREATE TABLE veh_batch_item (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  batch_id   BIGINT       NOT NULL,
  position   INT          NOT NULL,
  vin        CHAR(17)     NOT NULL,
  kind       VARCHAR(24)  NOT NULL,
  plate      VARCHAR(12)  NULL,
  status     VARCHAR(16)  NOT NULL,
  due_date   DATE         NOT NULL,
  reason     VARCHAR(300) NULL,
  handled_by VARCHAR(60)  NULL,
  updated_at TIMESTAMP(3) NOT NULL,
  version    INT          NOT NULL,
  PRIMARY KEY (id),
  KEY veh_batch_item_batch (batch_id, position),
  KEY veh_batch_item_due (status, due_date),
  CONSTRAINT veh_batch_item_batch FOREIGN KEY (batch_id) REFERENCES veh_batch (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
