-- Staff who log in. Passwords only as salted PBKDF2 hashes (algorithm:iterations:salt:hash).
CREATE TABLE idn_staff_account (
  username      VARCHAR(60)  NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  roles         VARCHAR(200) NOT NULL,
  units         VARCHAR(400) NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
