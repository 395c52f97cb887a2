-- Gate devices that judge alone while their link is down: what they read to keep their cache, and what
-- they send back when the link returns.

-- Every change a gate device's cache must follow, in one growing sequence: a line sold, refunded, re-coded or
-- bound to a holder, a ticket admitted. A device asks for the changes of its sessions after the last seq it holds.
CREATE TABLE gate_changes (
  seq            INTEGER PRIMARY KEY AUTOINCREMENT,
  session_id     TEXT NOT NULL,
  order_line_id  TEXT NOT NULL
) STRICT;
CREATE INDEX gate_changes_session ON gate_changes (session_id, seq);
-- What was sold before this migration is one change each, so a new device's first read is the whole session.
INSERT INTO gate_changes (session_id, order_line_id) SELECT session_id, id FROM order_lines ORDER BY rowid;

CREATE TRIGGER gate_changes_line_sold AFTER INSERT ON order_lines
BEGIN
  INSERT INTO gate_changes (session_id, order_line_id) VALUES (NEW.session_id, NEW.id);
END;
CREATE TRIGGER gate_changes_line_changed AFTER UPDATE OF status, ticket_code, id_hmac, holder_id ON order_lines
BEGIN
  INSERT INTO gate_changes (session_id, order_line_id) VALUES (NEW.session_id, NEW.id);
END;
CREATE TRIGGER gate_changes_admitted AFTER INSERT ON check_ins
BEGIN
  INSERT INTO gate_changes (session_id, order_line_id) VALUES (NEW.session_id, NEW.order_line_id);
END;

-- A random key per session for the ID hashes a device holds: a device compares a shown document's hash with
-- the ticket's without ever holding the number, and never the core's own hashing key.
CREATE TABLE gate_session_keys (
  session_id  TEXT PRIMARY KEY REFERENCES sessions (id),
  hash_key    TEXT NOT NULL CHECK (length(hash_key) = 64)
) STRICT, WITHOUT ROWID;

-- Each scan a device judged offline, stored once under the id the device gave it (its idempotency key).
CREATE TABLE gate_offline_scans (
  client_id        TEXT PRIMARY KEY CHECK (length(client_id) BETWEEN 8 AND 64),
  device_id        TEXT NOT NULL CHECK (length(device_id) BETWEEN 8 AND 64),
  gate_name        TEXT NOT NULL CHECK (length(gate_name) BETWEEN 1 AND 50),
  user_id          TEXT REFERENCES users (id),
  code             TEXT NOT NULL CHECK (length(code) <= 64),
  scanned_at       INTEGER NOT NULL,
  offline_verdict  TEXT NOT NULL,
  -- what the core made of it: stored (admission or refusal recorded), or a conflict (see gate_conflicts)
  outcome          TEXT NOT NULL CHECK (outcome IN ('admitted', 'refused', 'double_entry', 'refunded_admitted', 'unknown')),
  check_in_id      TEXT REFERENCES check_ins (id),
  received_at      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Admissions the rules would have refused had the gates been connected: kept, flagged for the manager, never lost.
-- The ticket stays admitted once (check_ins); this names the other admission beside it.
CREATE TABLE gate_conflicts (
  id             TEXT PRIMARY KEY,
  kind           TEXT NOT NULL CHECK (kind IN ('double_entry', 'refunded_admitted')),
  session_id     TEXT NOT NULL REFERENCES sessions (id),
  order_line_id  TEXT NOT NULL REFERENCES order_lines (id),
  -- double_entry: the admission stored; refunded_admitted: the refund's time (no gate)
  first_gate     TEXT,
  first_at       INTEGER NOT NULL,
  second_gate    TEXT NOT NULL,
  second_at      INTEGER NOT NULL,
  client_id      TEXT NOT NULL REFERENCES gate_offline_scans (client_id),
  detected_at    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX gate_conflicts_session ON gate_conflicts (session_id, second_at);
