import type { Db } from '../../../db/open';

/** One sold ticket (order line l1 of session ss1, ticket k1) in a database migrated to at least 0040. */
export function insertSoldTicket(db: Db): void {
  db.exec(`
    INSERT INTO venues (id, name, address, province_id, city_id, district_id, created_at, updated_at) VALUES ('v1', 'V', 'A', 110000, 110100, 110101, 0, 0);
    INSERT INTO halls (id, venue_id, name, has_seat, created_at, updated_at) VALUES ('h1', 'v1', 'H', 0, 0, 0);
    INSERT INTO performances (id, name, approval, type_id, created_at, updated_at) VALUES ('p1', 'P', 'A', 1, 0, 0);
    INSERT INTO sessions (id, performance_id, hall_id, name, starts_at, ends_at, sales_open_at, sales_close_at, entry_opens_at, entry_closes_at, created_at, updated_at)
      VALUES ('ss1', 'p1', 'h1', 'S', 100, 200, 0, 100, 50, 200, 0, 0);
    INSERT INTO price_tiers (id, session_id, name, price_fen, created_at, updated_at) VALUES ('t1', 'ss1', 'GA', 0, 0, 0);
    INSERT INTO tickets (id, session_id, price_tier_id, status, updated_at) VALUES ('k1', 'ss1', 't1', 'sold', 0);
    INSERT INTO orders (id, number, session_id, performance_id, ticket_type, ticket_mode, auth_mode, ticket_count, total_fen, payment_method, channel_name, created_at, updated_at)
      VALUES ('o1', '1', 'ss1', 'p1', 'complimentary', 'paper', 'none', 1, 0, 'none', 'W', 0, 0);
    INSERT INTO order_lines (id, order_id, ticket_id, session_id, performance_id, price_tier_id, price_fen, amount_fen, ticket_code, ticket_mode, created_at)
      VALUES ('l1', 'o1', 'k1', 'ss1', 'p1', 't1', 0, 0, 'C', 'paper', 0);
  `);
}
