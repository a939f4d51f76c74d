-- Places of a consultation day per location: walk-ins served and referrals reserved, both within
-- the day's walk-in quota. Taken with conditional UPDATEs like the kernel's seats.
CREATE TABLE imm_consultation_day (
  location_id VARCHAR(40) NOT NULL,
  day         DATE        NOT NULL,
  walk_ins    INT         NOT NULL,
  referrals   INT         NOT NULL,
  PRIMARY KEY (location_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A walk-in over the quota gets a reserved place with its own number on a later consultation day.
CREATE TABLE imm_referral (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  location_id  VARCHAR(40)  NOT NULL,
  day          DATE         NOT NULL,
  number       VARCHAR(8)   NOT NULL,
  service_code VARCHAR(40)  NOT NULL,
  name         VARCHAR(200) NULL,
  phone        VARCHAR(40)  NULL,
  issued_at    TIMESTAMP(3) NOT NULL,
  redeemed_at  TIMESTAMP(3) NULL,
  PRIMARY KEY (id),
  UNIQUE KEY imm_referral_number (location_id, day, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
