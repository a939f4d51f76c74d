-- The signed confirmation a mail carries as a QR code; the image is drawn when the mail is sent.
ALTER TABLE ntf_outbox ADD COLUMN qr_payload VARCHAR(1000) NULL AFTER attachment;
