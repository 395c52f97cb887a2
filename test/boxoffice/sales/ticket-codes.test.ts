import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newTicketCode, orderTicketCodes } from '../../../electron/boxoffice/sales/ticket-codes';

const CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

test("an order's codes: 16 Crockford characters each, all different, the first 4 shared within the order and drawn anew for each order", () => {
  const orders = Array.from({ length: 50 }, () => orderTicketCodes(6));
  for (const codes of orders) {
    assert.equal(codes.length, 6);
    for (const code of codes) assert.match(code, CODE);
    assert.equal(new Set(codes.map((c) => c.slice(0, 4))).size, 1);
    assert.equal(new Set(codes.map((c) => c.slice(4))).size, 6, 'each code has its own 60 bits');
  }
  // 50 orders drawing 20 bits each: a repeated prefix among them is about a 1-in-800 event, every one alike never
  assert.ok(new Set(orders.map((codes) => codes[0]?.slice(0, 4))).size >= 45);
  assert.deepEqual(orderTicketCodes(0), []);
});

test('a code on its own (a reprint) shares nothing with the previous one', () => {
  const codes = Array.from({ length: 200 }, newTicketCode);
  for (const code of codes) assert.match(code, CODE);
  assert.equal(new Set(codes).size, 200);
  assert.ok(new Set(codes.map((c) => c.slice(0, 4))).size >= 190);
});
