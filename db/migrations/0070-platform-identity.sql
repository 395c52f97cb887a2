-- Going live: platform codes and delivery state belong to one platform. A platform is named by its
-- identity: 'sandbox' for the built-in sandbox (whatever port it runs on), otherwise the platform's base URL
-- (new credentials for the same URL keep its codes). See electron/boxoffice/go-live/README.md.

-- Which platform issued each code (NULL with the code): a code is only ever sent to the platform that issued it.
ALTER TABLE venues ADD COLUMN platform_venue_code_by TEXT;
ALTER TABLE halls ADD COLUMN platform_hall_code_by TEXT;
ALTER TABLE sessions ADD COLUMN platform_session_code_by TEXT;

-- Codes already in the data came from the platform configured when this migration runs.
CREATE TEMP TABLE migration_0070_platform AS
  SELECT coalesce((SELECT CASE json_extract(value, '$.mode') WHEN 'platform' THEN json_extract(value, '$.url') ELSE 'sandbox' END
                   FROM settings WHERE key = 'platform.settings'), 'sandbox') AS identity;
UPDATE venues SET platform_venue_code_by = (SELECT identity FROM migration_0070_platform) WHERE platform_venue_code IS NOT NULL;
UPDATE halls SET platform_hall_code_by = (SELECT identity FROM migration_0070_platform) WHERE platform_hall_code IS NOT NULL;
UPDATE sessions SET platform_session_code_by = (SELECT identity FROM migration_0070_platform) WHERE platform_session_code IS NOT NULL;
DROP TABLE migration_0070_platform;

-- Every switch from one platform to another, with the manager's chosen outcome and what it did.
CREATE TABLE platform_switches (
  id             TEXT PRIMARY KEY,
  switched_at    INTEGER NOT NULL,
  from_platform  TEXT NOT NULL,
  to_platform    TEXT NOT NULL,
  -- 'none': nothing carried the old platform's codes or records, so there was nothing to decide
  outcome        TEXT NOT NULL CHECK (outcome IN ('discard-training', 'keep-sales', 'none')),
  user_id        TEXT REFERENCES users (id),
  -- what the switch did, counted (JSON): archived records, requeued records, seats put back on sale
  summary        TEXT NOT NULL CHECK (json_valid(summary)),
  CHECK (from_platform <> to_platform)
) STRICT;

-- The outbox as it stood for the previous platform: what it received (delivered), refused (dead) or never got.
-- The live outbox only ever holds rows for the current platform, so every count of it is per current platform.
CREATE TABLE outbox_archive (
  switch_id           TEXT NOT NULL REFERENCES platform_switches (id),
  platform            TEXT NOT NULL,
  seq                 INTEGER NOT NULL,
  kind                TEXT NOT NULL,
  record_id           TEXT NOT NULL,
  coalesce_key        TEXT,
  status              TEXT NOT NULL,
  attempts            INTEGER NOT NULL,
  last_error_code     TEXT,
  last_error_message  TEXT,
  payload             TEXT NOT NULL CHECK (json_valid(payload)),
  event_at            INTEGER NOT NULL,
  created_at          INTEGER NOT NULL,
  delivered_at        INTEGER,
  PRIMARY KEY (switch_id, seq)
) STRICT;

-- Training transactions (orders, refunds, check-ins, prints, shifts...) taken out of the live books by
-- "discard training": one row per business row, as JSON (BLOB columns as hex: personal data stays encrypted).
CREATE TABLE training_archive (
  switch_id   TEXT NOT NULL REFERENCES platform_switches (id),
  table_name  TEXT NOT NULL,
  record_id   TEXT NOT NULL,
  row         TEXT NOT NULL CHECK (json_valid(row)),
  PRIMARY KEY (switch_id, table_name, record_id)
) STRICT;
