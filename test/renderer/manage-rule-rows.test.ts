import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleRows } from '../../renderer/src/manage/performances/rule-rows';
import { assignSeats, assignmentProblems } from '../../electron/server/contract/schemas';

const hall = ['1排', '2排', '3排'];

test('rows as typed: lists, ranges with or without 排, full-width separators', () => {
  assert.deepEqual(ruleRows('1排, 2排', hall), ['1排', '2排']);
  assert.deepEqual(ruleRows('1-3排', hall), ['1排', '2排', '3排']);
  assert.deepEqual(ruleRows('1～2，3', hall), ['1排', '2排', '3排']);
  assert.deepEqual(ruleRows('A, B', ['A', 'B']), ['A', 'B']);
  assert.deepEqual(ruleRows('3-1排', hall), ['3-1排'], 'a backwards range is kept as typed: it matches nothing and says so');
  assert.deepEqual(ruleRows('', hall), []);
});

test('the preview counts seats per tier and per rule, and names what cannot be generated', () => {
  const seats = ['1排', '2排', '3排'].flatMap((row) => [1, 2].map((n) => ({ id: `${row}${n}`, floorName: '1层', areaName: 'A', rowName: row })));
  const rules = [{ priceTierId: 'B' }, { priceTierId: 'A', rows: ruleRows('1-2排', hall) }, { priceTierId: 'A', rows: ['9排'] }];
  const assignment = assignSeats(rules, seats);
  assert.deepEqual(Object.fromEntries(assignment.seatsPerTier), { B: 2, A: 4 });
  assert.deepEqual(assignment.matchedPerRule, [6, 4, 0]);
  assert.equal(assignment.unassigned, 0);
  assert.deepEqual(assignmentProblems(assignment, ['A', 'B', 'C']), [
    { kind: 'ruleMatchesNothing', rule: 3 },
    { kind: 'tierWithoutSeats', priceTierId: 'C' },
  ]);
  const taken = assignSeats([{ priceTierId: 'B' }, { priceTierId: 'A' }], seats);
  assert.deepEqual(Object.fromEntries(taken.seatsPerTier), { B: 0, A: 6 }, 'a later rule that takes every seat leaves the earlier tier empty');
  assert.deepEqual(assignmentProblems(taken, ['A', 'B']), [{ kind: 'tierWithoutSeats', priceTierId: 'B' }]);
});
