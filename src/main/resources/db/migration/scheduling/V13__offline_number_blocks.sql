-- Ticket numbers reserved for an offline counter (a registered device) of a unit at a location, valid
-- every day. The server's own daily sequence jumps over every block ever reserved; a block is never
-- reused, also after its holder was revoked, so a number drawn offline never meets another's.
CREATE TABLE sch_number_block (
  unit_id      VARCHAR(40)  NOT NULL,
  location_id  VARCHAR(40)  NOT NULL,
  first_number INT          NOT NULL,
  last_number  INT          NOT NULL,
  holder       VARCHAR(60)  NOT NULL,
  reserved_at  TIMESTAMP(3) NOT NULL,
  revoked_at   TIMESTAMP(3) NULL,
  PRIMARY KEY (unit_id, location_id, first_number),
  UNIQUE KEY sch_number_block_holder (holder)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
