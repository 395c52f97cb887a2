import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTicketCode, normalizeTicketCode, yuan } from '../../electron/boxoffice/format';
import { chinaDateCode, chinaDateTime } from '../../electron/china-time';

test('money, China time, and ticket codes as printed and as typed back', () => {
  assert.equal(yuan(88000), '¥880.00');
  assert.equal(yuan(123456789), '¥1,234,567.89');
  assert.equal(yuan(5), '¥0.05');
  assert.equal(yuan(-500), '-¥5.00');
  assert.equal(chinaDateTime(Date.UTC(2025, 11, 31, 16, 30)), '2026-01-01 00:30');
  assert.equal(chinaDateCode(Date.UTC(2025, 11, 31, 16, 30)), '260101');
  assert.equal(formatTicketCode('ABCDEFGHJKMNPQRS'), 'ABCD-EFGH-JKMN-PQRS');
  assert.equal(normalizeTicketCode(' abcd-efgh jkmn-pqrs '), 'ABCDEFGHJKMNPQRS');
  assert.equal(normalizeTicketCode('oIl0'), '0110', 'letters Crockford base32 never uses read as the digits they look like');
});
