-- A check-in records how the ticket was checked and how the code or document reached the gate by name, as the
-- domain and the outbox payload say them: the standard's numbers for them live only in
-- electron/reporter/wire/inferred.ts. Altered in place (not rebuilt) so columns other migrations add survive.
-- ADD COLUMN ... NOT NULL needs a default; every insert names both values.
ALTER TABLE check_ins ADD COLUMN checking TEXT NOT NULL DEFAULT 'code' CHECK (checking IN ('code', 'id_document', 'face'));
ALTER TABLE check_ins ADD COLUMN entry TEXT NOT NULL DEFAULT 'device' CHECK (entry IN ('manual', 'device'));
UPDATE check_ins SET
  checking = CASE checking_type WHEN 1 THEN 'code' WHEN 2 THEN 'id_document' ELSE 'face' END,
  entry = CASE auth_type WHEN 1 THEN 'manual' ELSE 'device' END;
ALTER TABLE check_ins DROP COLUMN checking_type;
ALTER TABLE check_ins DROP COLUMN auth_type;
ALTER TABLE check_ins RENAME COLUMN checking TO checking_type;
ALTER TABLE check_ins RENAME COLUMN entry TO auth_type;
