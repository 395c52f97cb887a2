-- Issue 18: a sale of 4 seats dirties fewer pages and runs fewer statements (each page a sale dirties is a 4 KiB WAL
-- frame at its commit and a copy at the next checkpoint).

-- The free tickets of each tier, the only reader of tickets by tier (an unseated sale takes a pool's first free
-- tickets by rowid): a sale removes its seats' entries from one leaf, where the index of every ticket by tier and
-- status moved each entry from the available range to the sold one (2.9 pages a sale), and a sold-out session leaves
-- nothing in it. Stock is read from the tiers' maintained counts; tiers are never deleted nor renumbered, so no
-- foreign-key check looks tickets up by tier.
DROP INDEX tickets_tier_status;
CREATE INDEX tickets_tier_available ON tickets (price_tier_id) WHERE status = 'available';

-- The tiers' counts: a ticket changing status within its tier (a sale, a refund, a reservation) is one update of its
-- tier instead of two (out of the old status, then into the new one); a ticket moved to another tier, both tiers in one.
DROP TRIGGER tickets_count_update;

CREATE TRIGGER tickets_count_status AFTER UPDATE OF status, price_tier_id ON tickets
WHEN OLD.price_tier_id = NEW.price_tier_id AND OLD.status <> NEW.status
BEGIN
  UPDATE price_tiers SET
    available_count = available_count + (NEW.status = 'available') - (OLD.status = 'available'),
    sold_count = sold_count + (NEW.status = 'sold') - (OLD.status = 'sold'),
    reserved_count = reserved_count + (NEW.status = 'reserved') - (OLD.status = 'reserved'),
    blocked_count = blocked_count + (NEW.status = 'blocked') - (OLD.status = 'blocked')
  WHERE id = NEW.price_tier_id;
END;

CREATE TRIGGER tickets_count_move AFTER UPDATE OF status, price_tier_id ON tickets
WHEN OLD.price_tier_id <> NEW.price_tier_id
BEGIN
  -- both tiers in one statement: the old one loses the ticket in its old status, the new one gains it in its new one
  UPDATE price_tiers SET
    total_count = total_count + (id = NEW.price_tier_id) - (id = OLD.price_tier_id),
    available_count = available_count + (id = NEW.price_tier_id AND NEW.status = 'available') - (id = OLD.price_tier_id AND OLD.status = 'available'),
    sold_count = sold_count + (id = NEW.price_tier_id AND NEW.status = 'sold') - (id = OLD.price_tier_id AND OLD.status = 'sold'),
    reserved_count = reserved_count + (id = NEW.price_tier_id AND NEW.status = 'reserved') - (id = OLD.price_tier_id AND OLD.status = 'reserved'),
    blocked_count = blocked_count + (id = NEW.price_tier_id AND NEW.status = 'blocked') - (id = OLD.price_tier_id AND OLD.status = 'blocked')
  WHERE id IN (OLD.price_tier_id, NEW.price_tier_id);
END;
