-- Devices on the venue network (gate tablets, other window PCs), each paired once by a manager's code.
-- Only a hash of the device's credential is kept, as for login sessions.
CREATE TABLE devices (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('window', 'gate')),
  -- A gate device checks tickets in at this gate; a window device has none.
  gate_name     TEXT CHECK ((kind = 'gate') = (gate_name IS NOT NULL)),
  token_hash    TEXT NOT NULL UNIQUE,
  paired_at     INTEGER NOT NULL,
  paired_by     TEXT,
  last_address  TEXT,
  last_seen_at  INTEGER,
  revoked_at    INTEGER,
  revoked_by    TEXT
) STRICT;

-- One-time pairing codes: a hash of the code, what the device will be, and when it stops working.
CREATE TABLE pairing_codes (
  code_hash     TEXT PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('window', 'gate')),
  gate_name     TEXT CHECK ((kind = 'gate') = (gate_name IS NOT NULL)),
  device_name   TEXT NOT NULL,
  created_at    INTEGER NOT NULL,
  created_by    TEXT,
  expires_at    INTEGER NOT NULL,
  used_at       INTEGER,
  device_id     TEXT REFERENCES devices (id)
) STRICT;

-- A login made on a paired device belongs to it: the cookie is refused anywhere else, and ends with the device.
-- NULL is the core's own PC (loopback).
ALTER TABLE auth_sessions ADD COLUMN device_id TEXT REFERENCES devices (id) ON DELETE CASCADE;
CREATE INDEX auth_sessions_device ON auth_sessions (device_id);
