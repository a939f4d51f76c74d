-- A dealer account acts only for its own car dealership (vehicle registration's dealer id).
ALTER TABLE idn_staff_account ADD COLUMN dealer_id VARCHAR(40) NULL;
