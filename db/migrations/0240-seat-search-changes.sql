-- Best available keeps each hall's seat blocks and each session's seat states in memory (holds/seat-search/).
-- These tables say what changed since it last looked, whichever code path wrote it (a sale, a hold, a release,
-- a refund, a block, a named hold, a generation, a tier change): the memory catches up by reading a few rows
-- instead of all of a session's tickets. A write that rolls back leaves no row, so nothing uncommitted is kept.

-- One row per change of a ticket's state (removed, status, tier, seat, session) or of its hold, in order. A ticket
-- added is not logged (a generation would log every seat): a reader notices the session's ticket count (the
-- tiers' total_count, kept by the triggers of 0020) differ from its own and reads the session again.
-- A plain rowid (one write less than AUTOINCREMENT): numbers grow from the newest row, which pruning never removes;
-- only the numbers of rows rolled back come again, and no reader ever took those in.
CREATE TABLE seat_state_changes (
  seq         INTEGER PRIMARY KEY,
  session_id  TEXT NOT NULL,
  ticket_id   TEXT NOT NULL
) STRICT;

-- layout_epoch: bumped by any change to any hall's seats or quality zones (what the blocks are made of).
-- pruned_through: the log keeps about the last 100,000 changes; a reader that saw less than this reads all again.
CREATE TABLE seat_search_marks (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  layout_epoch    INTEGER NOT NULL,
  pruned_through  INTEGER NOT NULL
) STRICT;
INSERT INTO seat_search_marks (id, layout_epoch, pruned_through) VALUES (1, 0, 0);

CREATE TRIGGER seat_state_ticket_removed AFTER DELETE ON tickets
BEGIN
  INSERT INTO seat_state_changes (session_id, ticket_id) VALUES (OLD.session_id, OLD.id);
END;

CREATE TRIGGER seat_state_ticket_changed AFTER UPDATE OF status, price_tier_id, seat_id, session_id ON tickets
WHEN OLD.status IS NOT NEW.status OR OLD.price_tier_id IS NOT NEW.price_tier_id OR OLD.seat_id IS NOT NEW.seat_id OR OLD.session_id IS NOT NEW.session_id
BEGIN
  INSERT INTO seat_state_changes (session_id, ticket_id) VALUES (NEW.session_id, NEW.id);
  INSERT INTO seat_state_changes (session_id, ticket_id) SELECT OLD.session_id, OLD.id WHERE OLD.session_id IS NOT NEW.session_id;
END;

CREATE TRIGGER seat_state_hold_added AFTER INSERT ON seat_holds
BEGIN
  INSERT INTO seat_state_changes (session_id, ticket_id) VALUES (NEW.session_id, NEW.ticket_id);
END;

CREATE TRIGGER seat_state_hold_removed AFTER DELETE ON seat_holds
BEGIN
  INSERT INTO seat_state_changes (session_id, ticket_id) VALUES (OLD.session_id, OLD.ticket_id);
END;

CREATE TRIGGER seat_state_hold_changed AFTER UPDATE OF expires_at, ticket_id, session_id ON seat_holds
WHEN OLD.expires_at IS NOT NEW.expires_at OR OLD.ticket_id IS NOT NEW.ticket_id OR OLD.session_id IS NOT NEW.session_id
BEGIN
  INSERT INTO seat_state_changes (session_id, ticket_id) VALUES (NEW.session_id, NEW.ticket_id);
  INSERT INTO seat_state_changes (session_id, ticket_id) SELECT OLD.session_id, OLD.ticket_id WHERE OLD.ticket_id IS NOT NEW.ticket_id OR OLD.session_id IS NOT NEW.session_id;
END;

-- Every thousandth change drops the changes older than the last 100,000 (a thousand rows, in rowid order).
CREATE TRIGGER seat_state_changes_pruned AFTER INSERT ON seat_state_changes
WHEN NEW.seq % 1000 = 0
BEGIN
  DELETE FROM seat_state_changes WHERE seq <= NEW.seq - 100000;
  UPDATE seat_search_marks SET pruned_through = max(pruned_through, NEW.seq - 100000);
END;

CREATE TRIGGER seat_layout_seat_added AFTER INSERT ON seats
BEGIN
  UPDATE seat_search_marks SET layout_epoch = layout_epoch + 1;
END;

CREATE TRIGGER seat_layout_seat_removed AFTER DELETE ON seats
BEGIN
  UPDATE seat_search_marks SET layout_epoch = layout_epoch + 1;
END;

CREATE TRIGGER seat_layout_seat_changed AFTER UPDATE OF hall_id, floor_name, x, y, line, block, pos, row_centre, accessible ON seats
BEGIN
  UPDATE seat_search_marks SET layout_epoch = layout_epoch + 1;
END;

CREATE TRIGGER seat_layout_zone_added AFTER INSERT ON seat_quality_zones
BEGIN
  UPDATE seat_search_marks SET layout_epoch = layout_epoch + 1;
END;

CREATE TRIGGER seat_layout_zone_removed AFTER DELETE ON seat_quality_zones
BEGIN
  UPDATE seat_search_marks SET layout_epoch = layout_epoch + 1;
END;

CREATE TRIGGER seat_layout_zone_changed AFTER UPDATE ON seat_quality_zones
BEGIN
  UPDATE seat_search_marks SET layout_epoch = layout_epoch + 1;
END;
