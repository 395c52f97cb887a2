import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeGeometry, decodeIdRuns, decodeRuns, encodeGeometry, encodeIdRuns, encodeRuns, nextId } from '../../../electron/boxoffice/catalog/seat-map-codec';
import { newId } from '../../../db/ids';

test('a geometry survives the wire: fractional positions, seat numbers that are not integers, wheelchair places', () => {
  const seats = [
    { floor: '1层', area: 'A区', row: '1排', seat: '1', x: 1.5, y: 2, accessible: false },
    { floor: '1层', area: 'A区', row: '1排', seat: '2', x: 2.5, y: 2, accessible: true },
    { floor: '1层', area: 'A区', row: '1排', seat: '3加', x: 3.5, y: 2, accessible: false },
    { floor: '1层', area: 'A区', row: '2排', seat: '01', x: 1.25, y: 3, accessible: false },
    { floor: '2层', area: 'B区', row: '1排', seat: '12', x: -4, y: 10.75, accessible: true },
  ];
  const wire = encodeGeometry('h1', 'v7', seats);
  assert.equal(wire.scale, 100);
  assert.deepEqual(wire.rows, [[0, 0, '1排'], [0, 0, '2排'], [1, 1, '1排']]);
  const decoded = decodeGeometry(JSON.parse(JSON.stringify(wire)) as typeof wire);
  assert.equal(decoded.version, 'v7');
  assert.deepEqual(
    seats.map((_, i) => {
      const row = decoded.rows[decoded.rowOf[i] ?? -1];
      return { floor: row?.floor, area: row?.area, row: row?.label, seat: decoded.seatNo[i], x: decoded.x[i], y: decoded.y[i], accessible: decoded.accessible[i] === 1 };
    }),
    seats,
  );
});

test('a grid of whole-unit positions is sent as small steps, a few bytes per seat', () => {
  const seats = Array.from({ length: 1000 }, (_, i) => ({ floor: '1层', area: 'A区', row: `${Math.floor(i / 50) + 1}排`, seat: String((i % 50) + 1), x: i % 50, y: Math.floor(i / 50), accessible: false }));
  const wire = encodeGeometry('h1', 'v1', seats);
  assert.equal(wire.scale, 1);
  assert.ok(JSON.stringify(wire).length < 12 * seats.length, `${JSON.stringify(wire).length} bytes`);
});

test('ticket ids minted one after another are sent as runs, and any ids come back as they were', () => {
  const minted = Array.from({ length: 500 }, () => newId('tkt_', 1_700_000_000_000));
  assert.equal(encodeIdRuns(minted).length, 1, 'one millisecond of ids is one run');
  assert.equal(nextId('tkt_01ABCDEFGHZZ'), 'tkt_01ABCDEFGJ00', 'the last digit carries (Crockford base32 has no I)');
  const mixed = ['tkt_0000000001', 'tkt_0000000002', 'x', 'tkt_0000000009', 'tkt_000000000A', 'tkt_000000000A'];
  const runs = encodeIdRuns(mixed);
  assert.deepEqual(runs, [['tkt_0000000001', 2], ['x', 1], ['tkt_0000000009', 2], ['tkt_000000000A', 1]]);
  assert.deepEqual(decodeIdRuns(runs), mixed);
});

test('per-seat values go as runs; seats past the runs have none', () => {
  const runs = encodeRuns([0, 0, 0, -1, 2, 2]);
  assert.deepEqual(runs, [[0, 3], [-1, 1], [2, 2]]);
  assert.deepEqual([...decodeRuns(runs, 7)], [0, 0, 0, -1, 2, 2, -1]);
});
