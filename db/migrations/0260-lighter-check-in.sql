-- Issue 18: a check-in's row checks two foreign keys instead of four. Its ticket and session are copies of its order
-- line's (the gate writes them from the line it looked up, and a line's ticket and session never change), so the
-- line's key already proves they exist: their own checks were two more b-tree descents on every admission (5-9 µs
-- of a check-in's ~85), and a deleted ticket or session would have scanned every admission (no index by either).
-- Rebuilt, since SQLite cannot drop a constraint; the same columns, indexes and trigger as before. The offline scans
-- that name an admission (gate_offline_scans.check_in_id) keep their key: checked at this migration's commit instead
-- of at the drop, and met again as the rows go back into the rebuilt table (each insert of a parent row counts its
-- children as found, which a rename would not), hence the copy aside first.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE check_ins_0260_rows AS SELECT id, order_line_id, ticket_id, session_id, gate_name, user_id, checked_at, entry_no, checking_type, auth_type FROM check_ins;

CREATE TABLE check_ins_0260 (
  id              TEXT PRIMARY KEY,
  order_line_id   TEXT NOT NULL REFERENCES order_lines (id),
  -- the order line's ticket and session (no keys of their own: the line's proves them)
  ticket_id       TEXT NOT NULL,
  session_id      TEXT NOT NULL,
  gate_name       TEXT NOT NULL CHECK (length(gate_name) BETWEEN 1 AND 50),
  user_id         TEXT REFERENCES users (id),
  checked_at      INTEGER NOT NULL,
  entry_no        INTEGER NOT NULL CHECK (entry_no >= 1),
  -- how the ticket was checked and how the code or document reached the gate (0120: named as the outbox names them)
  checking_type   TEXT NOT NULL CHECK (checking_type IN ('code', 'id_document', 'face')),
  auth_type       TEXT NOT NULL CHECK (auth_type IN ('manual', 'device')),
  -- two gates admitting one ticket at the same moment: the second insert fails here
  UNIQUE (order_line_id, entry_no)
) STRICT, WITHOUT ROWID;

DROP TABLE check_ins;
ALTER TABLE check_ins_0260 RENAME TO check_ins;
INSERT INTO check_ins (id, order_line_id, ticket_id, session_id, gate_name, user_id, checked_at, entry_no, checking_type, auth_type)
  SELECT id, order_line_id, ticket_id, session_id, gate_name, user_id, checked_at, entry_no, checking_type, auth_type FROM check_ins_0260_rows;
DROP TABLE check_ins_0260_rows;

-- counters and the entries chart per session (and gate)
CREATE INDEX check_ins_session ON check_ins (session_id, checked_at);
-- the gates' offline feed (0100), created after the copy: the rows going back are no new admissions
CREATE TRIGGER gate_changes_admitted AFTER INSERT ON check_ins
BEGIN
  INSERT INTO gate_changes (session_id, order_line_id) VALUES (NEW.session_id, NEW.order_line_id);
END;
