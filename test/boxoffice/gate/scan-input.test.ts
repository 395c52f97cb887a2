import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInput } from '../../../electron/boxoffice/service';
import { checkInBatchInput, checkInInput } from '../../../electron/boxoffice/gate/schemas';
import { parseScan, parseScans } from '../../../electron/boxoffice/gate/scan-input';

// zod may leave an absent optional key present as undefined; compare what the fields say.
const fields = (value: object) => JSON.parse(JSON.stringify(value)) as unknown;

function outcome(parse: () => unknown): unknown {
  try {
    return { ok: fields(parse() as object) };
  } catch (error) {
    return { error: error instanceof Error ? [error.name, error.message, JSON.stringify(error)] : String(error) };
  }
}

const good = { gateName: '东门', sessionIds: ['ses_1', 'ses_2'], code: 'ABCD-EFGH' };
const inputs: unknown[] = [
  good,
  { ...good, entry: 'manual' },
  { ...good, entry: 'device', extra: 'dropped' },
  { ...good, idType: 'resident_id', idNumber: '11010519491231002X' },
  { ...good, idNumber: '123' },
  { ...good, idType: 'passport' },
  { ...good, idType: 'nonsense', idNumber: '1' },
  { ...good, idNumber: ' 123 ' },
  { ...good, idNumber: '' },
  { ...good, idNumber: 'x'.repeat(33) },
  { ...good, gateName: ' 东门 ' },
  { ...good, gateName: '' },
  { ...good, gateName: 'x'.repeat(50) },
  { ...good, gateName: 'x'.repeat(51) },
  { ...good, gateName: 7 },
  { ...good, code: ' abcd ' },
  { ...good, code: '   ' },
  { ...good, code: 'x'.repeat(200) },
  { ...good, code: 'x'.repeat(201) },
  { ...good, sessionIds: [] },
  { ...good, sessionIds: ['ses_1 '] },
  { ...good, sessionIds: Array.from({ length: 21 }, (_, i) => `ses_${i}`) },
  { ...good, sessionIds: Array.from({ length: 20 }, (_, i) => `ses_${i}`) },
  { ...good, sessionIds: 'ses_1' },
  { ...good, sessionIds: [1] },
  { ...good, entry: 'face' },
  { gateName: '东门', code: 'A' },
  null,
  'ABCD',
  [],
];

test('a clean scan takes the fast path to the very result zod gives; anything else gets zod answer and refusal', () => {
  for (const input of inputs) {
    assert.deepEqual(outcome(() => parseScan(input)), outcome(() => parseInput(checkInInput, input)), JSON.stringify(input));
  }
});

test('a batch is parsed as checkInBatchInput would, scan by scan, or refused as a whole', () => {
  const batches: unknown[] = [{ scans: [good, { ...good, entry: 'manual' }] }, { scans: [good, { ...good, code: '' }] }, { scans: [] }, { scans: Array.from({ length: 201 }, () => good) }, {}, null];
  for (const input of batches) {
    assert.deepEqual(outcome(() => parseScans(input)), outcome(() => parseInput(checkInBatchInput, input).scans), JSON.stringify(input));
  }
});
