-- A reservation of a number block writes the unit's number row of the day (a real change, not a
-- lock): on a Galera cluster it then conflicts with the server's numbering and with another
-- reservation through another node, and one of them is retried, instead of both passing unseen.
ALTER TABLE sch_ticket_number ADD COLUMN blocks_reserved INT NOT NULL DEFAULT 0;
