-- The per-contact limit of open appointments is a count followed by an insert: on its own not safe
-- when two bookings of one person run at once (on one node the second counts before the first
-- commits; on a Galera cluster certification compares writes only). Every booking with a contact
-- first writes the guard rows of its e-mail address and phone number, so two bookings of one
-- person conflict on a row: on one node the second waits for the first's commit and then counts;
-- across Galera nodes one fails certification and is run again whole (ConflictRetry). A guard row
-- is a bucket of a hash (2^20 buckets), not the contact: no personal data, a bounded table, and two
-- people sharing a bucket merely take turns.
CREATE TABLE sch_contact_guard (
  bucket   INT    NOT NULL PRIMARY KEY,
  bookings BIGINT NOT NULL
) ENGINE=InnoDB;
