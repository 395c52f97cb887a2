-- Large performances (the 2023 national rules for audiences of 5,000 or more), refund fee schedules,
-- and the 85/15 split between open sale and held tickets. See electron/boxoffice/large/README.md.

-- The approved audience of one session (the permit's figure): the base of its 85/15 split, and what turns its
-- performance's large mode on by default. Per session because each session may play in another hall.
ALTER TABLE sessions ADD COLUMN approved_audience INTEGER CHECK (approved_audience IS NULL OR approved_audience >= 1);

-- A manager's choice: auto (on when a live session's approved audience is 5,000 or more), on, or off (with a reason).
ALTER TABLE performances ADD COLUMN large_mode TEXT NOT NULL DEFAULT 'auto' CHECK (large_mode IN ('auto', 'on', 'off'));
ALTER TABLE performances ADD COLUMN large_mode_reason TEXT NOT NULL DEFAULT '' CHECK (length(large_mode_reason) <= 200);
-- The mode in force, kept by the service from the choice and the audiences. Whatever writes the row, a large
-- performance sells one ID per ticket, one ticket per ID per session, and its gate checks the ID.
ALTER TABLE performances ADD COLUMN large INTEGER NOT NULL DEFAULT 0
  CHECK (large IN (0, 1) AND (large = 0 OR (real_name_mode = 'per_ticket' AND gate_id_check = 1 AND limit_per_id_session IS 1)));

-- 1 for the tickets of a large performance: at most one live ticket per ID document per session, enforced by the
-- database itself (two windows, two processes: the second insert or holder binding fails here).
ALTER TABLE order_lines ADD COLUMN one_per_id INTEGER NOT NULL DEFAULT 0 CHECK (one_per_id IN (0, 1));
-- When a complimentary or staff ticket's holder was bound after the sale (NULL: named at the sale, or not yet).
ALTER TABLE order_lines ADD COLUMN holder_bound_at INTEGER;
CREATE UNIQUE INDEX order_lines_one_ticket_per_id ON order_lines (session_id, id_hmac)
  WHERE one_per_id = 1 AND status = 'active' AND id_hmac IS NOT NULL;

-- Set here rather than by each writer, so no insert path can forget it.
CREATE TRIGGER order_lines_one_per_id AFTER INSERT ON order_lines
WHEN (SELECT large FROM performances WHERE id = NEW.performance_id) = 1
BEGIN
  UPDATE order_lines SET one_per_id = 1 WHERE id = NEW.id;
END;

-- The refund fee schedule of a performance: a ticket refunded at least hours_before hours before its session's
-- start gets refund_percent of what was paid back (the step with the largest hours_before that applies; none
-- applies after the smallest one: 0%). No rows: no fee.
CREATE TABLE refund_fee_steps (
  performance_id  TEXT NOT NULL REFERENCES performances (id),
  hours_before    INTEGER NOT NULL CHECK (hours_before BETWEEN 0 AND 8784),
  refund_percent  INTEGER NOT NULL CHECK (refund_percent BETWEEN 0 AND 100),
  PRIMARY KEY (performance_id, hours_before)
) STRICT, WITHOUT ROWID;

-- What the schedule asked for a refund, and why a manager charged less (fee_fen is what was charged).
ALTER TABLE refunds ADD COLUMN refund_percent INTEGER CHECK (refund_percent IS NULL OR refund_percent BETWEEN 0 AND 100);
ALTER TABLE refunds ADD COLUMN scheduled_fee_fen INTEGER NOT NULL DEFAULT 0 CHECK (scheduled_fee_fen >= fee_fen);
ALTER TABLE refunds ADD COLUMN fee_override_reason TEXT
  CHECK (CASE WHEN fee_override_reason IS NULL THEN fee_fen = scheduled_fee_fen ELSE length(fee_override_reason) BETWEEN 1 AND 200 END);
