import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIdDocument, gb11643CheckChar, normalizeIdNumber } from '../../../electron/boxoffice/personal-data/id-document';

const NOW = Date.UTC(2025, 5, 1);
const withCheck = (first17: string) => first17 + gb11643CheckChar(first17);

test('GB 11643: the standard example and computed numbers pass, with X as a check character', () => {
  assert.deepEqual(checkIdDocument('resident_id', '11010519491231002X', NOW), { ok: true, normalized: '11010519491231002X' });
  assert.equal(checkIdDocument('resident_id', '11010519491231002x', NOW).ok, true, 'a lower-case x is normalised');
  const spaced = checkIdDocument('resident_id', ` 4403 0619 8506 1512 3${gb11643CheckChar('44030619850615123')} `, NOW);
  assert.deepEqual(spaced, { ok: true, normalized: withCheck('44030619850615123') }, 'spaces are ignored');
  assert.equal(checkIdDocument('resident_id', withCheck('44030620000229123'), NOW).ok, true, 'a leap day');
});

test('GB 11643 refusals say what is wrong', () => {
  const wrong = (id: string, problem: string) => {
    const result = checkIdDocument('resident_id', id, NOW);
    assert.ok(!result.ok, id);
    assert.equal(result.problem, problem, id);
  };
  wrong('110105194912310021', 'CHECKSUM');
  wrong(withCheck('11010519490230002'), 'BIRTH_DATE');
  wrong(withCheck('44030619990229123'), 'BIRTH_DATE');
  wrong(withCheck('11010520300101002'), 'BIRTH_DATE');
  wrong(withCheck('11010518891231002'), 'BIRTH_DATE');
  wrong(withCheck('99010519491231002'), 'REGION');
  wrong(withCheck('81000019491231002'), 'REGION');
  wrong('110105491231002', 'FORMAT');
  wrong('1101051949123100', 'FORMAT');
  wrong('11010519491231002Y', 'FORMAT');
  const result = checkIdDocument('resident_id', '110105194912310021', NOW);
  assert.ok(!result.ok && /mistyped/.test(result.message));
});

test('other documents: residence permits and the new permanent residence ID use GB 11643, the rest their formats', () => {
  assert.equal(checkIdDocument('hmt_residence_permit', withCheck('81000019900101123'), NOW).ok, true);
  assert.equal(checkIdDocument('hmt_residence_permit', withCheck('11010519900101123'), NOW).ok, false);
  assert.equal(checkIdDocument('foreign_permanent_resident', withCheck('93115619900101123'), NOW).ok, true);
  assert.equal(checkIdDocument('foreign_permanent_resident', 'USA110080101123', NOW).ok, true);
  assert.equal(checkIdDocument('foreign_permanent_resident', 'US110080101123', NOW).ok, false);
  assert.equal(checkIdDocument('passport', 'e12345678', NOW).ok, true);
  assert.equal(checkIdDocument('passport', 'E12', NOW).ok, false);
  assert.equal(checkIdDocument('hk_macau_permit', 'H12345678', NOW).ok, true);
  assert.equal(checkIdDocument('hk_macau_permit', 'M1234567890', NOW).ok, true);
  assert.equal(checkIdDocument('hk_macau_permit', 'X12345678', NOW).ok, false);
  assert.equal(checkIdDocument('taiwan_permit', '12345678', NOW).ok, true);
  assert.equal(checkIdDocument('taiwan_permit', '1234567', NOW).ok, false);
  assert.equal(normalizeIdNumber(' e 1234-5678 '), 'E12345678');
});
