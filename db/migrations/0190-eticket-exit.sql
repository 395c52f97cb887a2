-- Issue 20, items 4 and 5: e-tickets sent by SMS (a durable delivery queue, like the outbox) and exit scans at the
-- gate (re-entry decided by a ticket's last scan).

-- One SMS per electronic ticket and per resend, written in the sale's (or the resend's) transaction and sent by a
-- background loop. The number is not here: it is the buyer's, encrypted in persons (0030), read when sending.
CREATE TABLE eticket_deliveries (
  id               TEXT PRIMARY KEY,
  order_line_id    TEXT NOT NULL REFERENCES order_lines (id),
  order_id         TEXT NOT NULL REFERENCES orders (id),
  -- why it was queued: the sale itself, or a clerk's resend
  cause            TEXT NOT NULL CHECK (cause IN ('sale', 'resend')),
  status           TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts         INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  INTEGER NOT NULL,
  -- the provider that took it ('recorder' in training and tests) and its message id
  provider         TEXT,
  provider_ref     TEXT CHECK (provider_ref IS NULL OR length(provider_ref) <= 100),
  -- the last failure in words (never the number): the provider's code and message, cut to 200
  last_error       TEXT CHECK (last_error IS NULL OR length(last_error) <= 200),
  user_id          TEXT REFERENCES users (id),
  created_at       INTEGER NOT NULL,
  sent_at          INTEGER,
  updated_at       INTEGER NOT NULL,
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
) STRICT;
-- the loop's claim: what is due next
CREATE INDEX eticket_deliveries_due ON eticket_deliveries (next_attempt_at) WHERE status = 'queued';
CREATE INDEX eticket_deliveries_line ON eticket_deliveries (order_line_id, created_at);
CREATE INDEX eticket_deliveries_order ON eticket_deliveries (order_id);

-- What the local recorder "sent" (training mode and tests): the text as the buyer would read it, and the number
-- masked. A real provider's messages are not kept here.
CREATE TABLE eticket_recorded_sms (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  delivery_id    TEXT NOT NULL REFERENCES eticket_deliveries (id),
  masked_phone   TEXT NOT NULL CHECK (length(masked_phone) <= 20),
  text           TEXT NOT NULL CHECK (length(text) <= 500),
  recorded_at    INTEGER NOT NULL
) STRICT;

-- A ticket going out through an exit gate. Its last scan decides: the last entry after the last exit means inside.
CREATE TABLE gate_exits (
  id             TEXT PRIMARY KEY,
  order_line_id  TEXT NOT NULL REFERENCES order_lines (id),
  session_id     TEXT NOT NULL REFERENCES sessions (id),
  gate_name      TEXT NOT NULL CHECK (length(gate_name) BETWEEN 1 AND 50),
  user_id        TEXT REFERENCES users (id),
  exited_at      INTEGER NOT NULL,
  -- an exit judged offline by a gate device: stored once under the device's id for the scan
  client_id      TEXT UNIQUE CHECK (client_id IS NULL OR length(client_id) BETWEEN 8 AND 64)
) STRICT;
CREATE INDEX gate_exits_line ON gate_exits (order_line_id, exited_at);
CREATE INDEX gate_exits_session ON gate_exits (session_id);

-- Gate devices follow exits too (their cache judges re-entry from the last scan).
CREATE TRIGGER gate_changes_exited AFTER INSERT ON gate_exits
BEGIN
  INSERT INTO gate_changes (session_id, order_line_id) VALUES (NEW.session_id, NEW.order_line_id);
END;
