import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSeatLayoutCsv } from '../../../electron/boxoffice/catalog/seat-layout-csv';
import { gridSeatLayoutCsv } from '../../../electron/boxoffice/catalog/grid-layout';

test('parses seats with a header, a BOM, CRLF, quotes, comments and both flag separators', () => {
  const csv = '\uFEFFfloor,area,row,seat,x,y,flags\r\n# front\r\n1层,A区,1排,1,0,0,accessible|blocked\r\n"1层","A区, 东","1排",2,1.5,0,无障碍;\r\n\r\n1层,A区,1排,3,3,0\r\n';
  const { seats, errors } = parseSeatLayoutCsv(csv);
  assert.deepEqual(errors, []);
  assert.equal(seats.length, 3);
  assert.deepEqual(seats[0], { line: 3, floor: '1层', area: 'A区', row: '1排', seat: '1', x: 0, y: 0, accessible: true, blocked: true });
  const second = seats[1];
  assert.ok(second);
  assert.equal(second.area, 'A区, 东');
  assert.equal(second.x, 1.5);
  assert.equal(second.accessible, true);
  assert.equal(seats[2]?.accessible, false);
});

test('every problem is reported with its line, and no seat is kept', () => {
  const csv = [
    'floor,area,row,seat,x,y',
    '1层,A区,1排,1,0,0',
    '1层,A区,1排',
    '1层,,1排,2,0,0',
    '1层,A区,第一排最左边的那个座位,3,0,0',
    '1层,A区,1排,4,left,0',
    '1层,A区,1排,5,0,0,vip',
    '1层,A区,1排,1,9,9',
    '"1层,A区,1排,6,0,0',
  ].join('\n');
  const { seats, errors } = parseSeatLayoutCsv(csv);
  assert.deepEqual(seats, []);
  assert.deepEqual(
    errors.map((e) => e.line),
    [3, 4, 5, 6, 7, 8, 9],
  );
  assert.match(errors[0]?.message ?? '', /expected 6 or 7 fields/);
  assert.match(errors[1]?.message ?? '', /area is empty/);
  assert.match(errors[2]?.message ?? '', /longer than 10/);
  assert.match(errors[3]?.message ?? '', /x "left" is not a number/);
  assert.match(errors[4]?.message ?? '', /unknown flag "vip"/);
  assert.match(errors[5]?.message ?? '', /already on line 2/);
  assert.match(errors[6]?.message ?? '', /quoted field is not closed/);
  // The screen says each in its own language from the problem and its facts.
  assert.deepEqual(
    errors.map((e) => [e.problem, e.values]),
    [
      ['field_count', { found: 3 }],
      ['empty', { field: 'area' }],
      ['too_long', { field: 'row', value: '第一排最左边的那个座位' }],
      ['not_number', { field: 'x', value: 'left' }],
      ['unknown_flag', { value: 'vip' }],
      ['duplicate', { seat: '1层 A区 1排 1', firstLine: 2 }],
      ['unclosed_quote', {}],
    ],
  );
});

test('an empty file and a flood of errors are reported sensibly', () => {
  assert.deepEqual(parseSeatLayoutCsv('floor,area,row,seat,x,y\n').errors, [{ line: 1, problem: 'no_seats', values: {}, message: 'the file lists no seats' }]);
  const many = Array.from({ length: 200 }, () => 'bad').join('\n');
  assert.equal(parseSeatLayoutCsv(many).errors.length, 50);
});

test('the grid generator writes layouts the parser reads back', () => {
  const csv = gridSeatLayoutCsv([{ floor: '1层', area: 'A区', rows: 3, seatsPerRow: 4, flags: (r, s) => (r === 1 && s === 1 ? 'blocked' : '') }]);
  const { seats, errors } = parseSeatLayoutCsv(csv);
  assert.deepEqual(errors, []);
  assert.equal(seats.length, 12);
  assert.equal(seats.filter((s) => s.blocked).length, 1);
});
