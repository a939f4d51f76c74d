-- A history entry's detail is kept as a message key and its arguments (a JSON array of strings),
-- rendered in the reader's language when read. Entries written before keep their two-language
-- text in `detail`, shown as it is when no key could be found for it.
ALTER TABLE sch_appointment_history
  ADD COLUMN detail_key  VARCHAR(100) NULL AFTER detail,
  ADD COLUMN detail_args VARCHAR(400) NULL AFTER detail_key;

UPDATE sch_appointment_history SET detail_key = 'scheduling.history.held', detail = NULL
  WHERE detail = 'Platz reserviert / slot held';
UPDATE sch_appointment_history SET detail_key = 'scheduling.history.bookedByStaff', detail = NULL
  WHERE detail = 'von Mitarbeitenden gebucht / booked by staff';
UPDATE sch_appointment_history SET detail_key = 'scheduling.history.notConfirmedInTime', detail = NULL
  WHERE detail = 'nicht rechtzeitig bestätigt / not confirmed in time';
UPDATE sch_appointment_history SET detail_key = 'scheduling.history.recordedFromPaper', detail = NULL
  WHERE detail = 'auf Papier erfasst / recorded from paper';
-- texts with one value at the end: the value becomes the argument
UPDATE sch_appointment_history
  SET detail_key = 'scheduling.history.movedFrom',
      detail_args = JSON_ARRAY(SUBSTRING(detail, CHAR_LENGTH('verlegt von / moved from ') + 1)), detail = NULL
  WHERE detail LIKE 'verlegt von / moved from %';
UPDATE sch_appointment_history
  SET detail_key = 'scheduling.history.replacementFor',
      detail_args = JSON_ARRAY(SUBSTRING(detail, CHAR_LENGTH('Ersatz für / replacement for ') + 1)), detail = NULL
  WHERE detail LIKE 'Ersatz für / replacement for %';
UPDATE sch_appointment_history
  SET detail_key = 'scheduling.history.replacedBy',
      detail_args = JSON_ARRAY(SUBSTRING(detail, CHAR_LENGTH('ersetzt durch / replaced by ') + 1)), detail = NULL
  WHERE detail LIKE 'ersetzt durch / replaced by %';
-- the notes of the disruption module, which passes them to the kernel as messages of its own
UPDATE sch_appointment_history
  SET detail_key = 'disruption.history.lifted',
      detail_args = JSON_ARRAY(SUBSTRING(detail, CHAR_LENGTH('Störung aufgehoben / disruption lifted ') + 1)), detail = NULL
  WHERE detail LIKE 'Störung aufgehoben / disruption lifted %';
UPDATE sch_appointment_history
  SET detail_key = 'disruption.history.cancelled',
      detail_args = JSON_ARRAY(SUBSTRING(detail, CHAR_LENGTH('Störung / disruption ') + 1)), detail = NULL
  WHERE detail LIKE 'Störung / disruption %';
