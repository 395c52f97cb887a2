import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsv } from '../../renderer/src/csv';

test('CSV starts with a BOM, quotes what must be quoted and ends lines with CRLF', () => {
  const text = toCsv(['场次', '金额'], [['周五, 专场', 28000], ['引号"测试', 0]]);
  assert.equal(text, '\uFEFF场次,金额\r\n"周五, 专场",28000\r\n"引号""测试",0\r\n');
});
