-- Exits judged offline (issue 20): each one a gate device uploads is logged once by its client id with what the core
-- made of it, judged at its own time against the other gates' entries and exits; one the core's facts refuse (the
-- ticket was not inside then) is a conflict for the manager, beside the offline entries' own.
CREATE TABLE gate_offline_exits (
  client_id    TEXT PRIMARY KEY CHECK (length(client_id) BETWEEN 8 AND 64),
  gate_name    TEXT NOT NULL CHECK (length(gate_name) BETWEEN 1 AND 50),
  user_id      TEXT REFERENCES users (id),
  code         TEXT NOT NULL CHECK (length(code) <= 64),
  exited_at    INTEGER NOT NULL,
  -- exited: recorded (gate_exits); not_inside: a conflict (gate_conflicts); refunded, unknown: kept here only
  outcome      TEXT NOT NULL CHECK (outcome IN ('exited', 'not_inside', 'refunded', 'unknown')),
  exit_id      TEXT REFERENCES gate_exits (id),
  received_at  INTEGER NOT NULL,
  CHECK ((outcome = 'exited') = (exit_id IS NOT NULL))
) STRICT, WITHOUT ROWID;

-- gate_conflicts gains the exit conflict. Its client id names an offline entry (gate_offline_scans) or an offline
-- exit (gate_offline_exits), so it no longer refers to one table. SQLite changes a CHECK only by rebuilding.
CREATE TABLE gate_conflicts_0210 (
  id                   TEXT PRIMARY KEY,
  -- exit_not_inside: a device let a ticket out that the core knows was not inside then (never entered, or already out)
  kind                 TEXT NOT NULL CHECK (kind IN ('double_entry', 'refunded_admitted', 'exit_not_inside')),
  session_id           TEXT NOT NULL REFERENCES sessions (id),
  order_line_id        TEXT NOT NULL REFERENCES order_lines (id),
  -- double_entry: the admission stored; refunded_admitted: the refund's time (no gate);
  -- exit_not_inside: the ticket's last exit before it (no gate and the exit's time when it never entered)
  first_gate           TEXT,
  first_at             INTEGER NOT NULL,
  second_gate          TEXT NOT NULL,
  second_at            INTEGER NOT NULL,
  client_id            TEXT NOT NULL CHECK (length(client_id) BETWEEN 8 AND 64),
  detected_at          INTEGER NOT NULL,
  platform_has_second  INTEGER NOT NULL DEFAULT 0 CHECK (platform_has_second IN (0, 1))
) STRICT, WITHOUT ROWID;
INSERT INTO gate_conflicts_0210 (id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at, platform_has_second)
  SELECT id, kind, session_id, order_line_id, first_gate, first_at, second_gate, second_at, client_id, detected_at, platform_has_second FROM gate_conflicts;
DROP TABLE gate_conflicts;
ALTER TABLE gate_conflicts_0210 RENAME TO gate_conflicts;
CREATE INDEX gate_conflicts_session ON gate_conflicts (session_id, second_at);
