import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ID_TYPES, idNumberProblem, isIdType, looksLikeTicketCode, normalizeIdNumber } from '../../../../renderer/src/gate/idcheck/id-number';
import { ID_TYPES as DOMAIN_ID_TYPES, gb11643CheckChar, normalizeIdNumber as domainNormalize } from '../../../../electron/boxoffice/personal-data/id-document';

const id = (first17: string) => first17 + gb11643CheckChar(first17);

test('the gate offers exactly the domain’s document types, resident ID first', () => {
  assert.deepEqual([...ID_TYPES].sort(), [...DOMAIN_ID_TYPES].sort());
  assert.equal(ID_TYPES[0], 'resident_id');
  assert.equal(isIdType('passport'), true);
  assert.equal(isIdType('library_card'), false);
  assert.equal(isIdType(null), false);
});

test('numbers are normalised as the core does', () => {
  for (const raw of [' 1101 0519 9001 01456x ', '110105-19900101-456X', '１１０１０５１９９００１０１４５６x']) assert.equal(normalizeIdNumber(raw), domainNormalize(raw));
});

test('a mistyped resident ID is caught before it can read as a mismatch', () => {
  const good = id('31010419880315123');
  assert.equal(idNumberProblem('resident_id', good), null);
  assert.equal(idNumberProblem('resident_id', good.toLowerCase()), null);
  const wrongLast = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
  assert.equal(idNumberProblem('resident_id', wrongLast), 'checksum');
  assert.equal(idNumberProblem('resident_id', good.slice(0, 16)), 'length');
  assert.equal(idNumberProblem('hmt_residence_permit', id('81000019900101123')), null);
  // Documents without a check character are left to the core's comparison.
  assert.equal(idNumberProblem('passport', 'E12345678'), null);
  assert.equal(idNumberProblem('foreign_permanent_resident', 'USA123456789012'), null);
  const permanent = id('93010019900101123');
  assert.equal(idNumberProblem('foreign_permanent_resident', permanent), null);
  assert.equal(idNumberProblem('foreign_permanent_resident', permanent.slice(0, 17) + (permanent.endsWith('0') ? '1' : '0')), 'checksum');
});

test('a ticket code read into the ID field is recognised as the next ticket', () => {
  assert.equal(looksLikeTicketCode('0130XRERFG4G1RNC'), true);
  assert.equal(looksLikeTicketCode('0130-xrer-fg4g-1rnc'), true);
  assert.equal(looksLikeTicketCode(id('31010419880315123')), false);
  assert.equal(looksLikeTicketCode('1234567890123456'), false, 'digits only: a number, not a code');
});
