-- Issue 15, second part: the admission a ticket keeps is the first by time, not the first to reach the core.
--
-- When an offline gate uploads an admission earlier than the one stored, the earlier becomes the ticket's check-in
-- and the later one the flagged double entry. The platform hears of one admission per ticket and its check-in
-- report can be neither corrected nor withdrawn (WH/T 93 has no such call): if the later admission was already
-- sent (or is being sent) the platform keeps it, and this column says so beside the conflict, so the manager knows
-- which time the platform holds.
ALTER TABLE gate_conflicts ADD COLUMN platform_has_second INTEGER NOT NULL DEFAULT 0 CHECK (platform_has_second IN (0, 1));
