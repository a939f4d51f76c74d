-- A session opened by an entrance kiosk's set-up: it may only draw numbers and check people in
-- (methods marked @KioskMay), so whoever stands at the kiosk cannot act as the staff account that
-- set it up on any other page.
ALTER TABLE idn_session ADD COLUMN kiosk BOOLEAN NOT NULL DEFAULT FALSE;
