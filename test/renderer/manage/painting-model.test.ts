import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPaint, countPaint, paintChanges, paintToRules, rowsAndSections, seatsOfRow, seatsOfSection } from '../../../renderer/src/manage/painting/painting-model';
import { assignSeats, assignmentProblems } from '../../../electron/boxoffice/catalog/seat-assignment';

const seat = (id: string, floorName: string, areaName: string, rowName: string) => ({ id, floorName, areaName, rowName });
const hall = [seat('a1', '1层', 'A区', '1排'), seat('a2', '1层', 'A区', '1排'), seat('b1', '1层', 'B区', '1排'), seat('a3', '1层', 'A区', '2排'), seat('c1', '2层', 'C区', '1排')];

test('a row is picked across its floor’s areas, a section by floor and area', () => {
  assert.deepEqual(seatsOfRow(hall, '1层', '1排'), ['a1', 'a2', 'b1']);
  assert.deepEqual(seatsOfRow(hall, '2层', '1排'), ['c1']);
  assert.deepEqual(seatsOfSection(hall, '1层', 'A区'), ['a1', 'a2', 'a3']);
  assert.deepEqual(rowsAndSections(hall).rows.map((r) => `${r.floor}${r.row}`), ['1层1排', '1层2排', '2层1排']);
  assert.deepEqual(rowsAndSections(hall).sections.map((s) => `${s.floor}${s.area}`), ['1层A区', '1层B区', '2层C区']);
});

test('painting counts per key live, keeps locked seats, and clears', () => {
  let paint = applyPaint(new Map(), seatsOfRow(hall, '1层', '1排'), 'front');
  paint = applyPaint(paint, ['a3', 'c1'], 'back');
  assert.deepEqual([...countPaint(hall, paint, ['front', 'back', 'box']).perKey], [['front', 3], ['back', 2], ['box', 0]]);
  paint = applyPaint(paint, ['a1', 'a3'], null, new Set(['a3']));
  assert.deepEqual(countPaint(hall, paint, ['front', 'back']), { perKey: new Map([['front', 2], ['back', 2]]), unpainted: 1 });
});

test('painted tiers become the core’s seat rules: the same preview and the same problems as typed rules', () => {
  const paint = applyPaint(applyPaint(new Map(), ['a1', 'a2', 'b1'], 'front'), ['a3'], 'back');
  const rules = paintToRules(paint, ['front', 'back', 'box']);
  assert.deepEqual(rules, [{ priceTierId: 'front', seatIds: ['a1', 'a2', 'b1'] }, { priceTierId: 'back', seatIds: ['a3'] }]);
  const assignment = assignSeats(rules, hall);
  assert.deepEqual([assignment.seatsPerTier.get('front'), assignment.seatsPerTier.get('back'), assignment.unassigned], [3, 1, 1]);
  assert.deepEqual(assignmentProblems(assignment, ['front', 'back', 'box']), [{ kind: 'tierWithoutSeats', priceTierId: 'box' }]);
});

test('the changes of a repaint are grouped by their new key, cleared seats under null', () => {
  const before = new Map([['a1', 'A'], ['a2', 'A'], ['b1', 'B']]);
  const after = new Map([['a1', 'A'], ['a2', 'B'], ['a3', 'B']]);
  assert.deepEqual([...paintChanges(before, after)], [['B', ['a2', 'a3']], [null, ['b1']]]);
});
