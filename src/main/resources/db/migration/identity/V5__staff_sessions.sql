-- Server-side sign-in sessions of the pages, shared by every instance behind the balancer. Only a
-- SHA-256 hash of the random session id is stored: a copy of this table signs nobody in. A session
-- ends after an idle time and after an absolute lifetime (amtsplan.session.*); last_seen_at is
-- written at most about once a minute.
CREATE TABLE idn_session (
  id_hash      CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  username     VARCHAR(60)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  last_seen_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id_hash),
  KEY idn_session_user (username),
  KEY idn_session_last_seen (last_seen_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
