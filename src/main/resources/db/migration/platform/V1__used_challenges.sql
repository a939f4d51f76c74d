-- Proof-of-work challenges that were used once: a second use is refused on every instance. Rows
-- are removed once the challenge has expired anyway.
CREATE TABLE plt_used_challenge (
  challenge_id VARCHAR(64)  NOT NULL,
  expires_at   TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (challenge_id),
  KEY plt_used_challenge_expiry (expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;
