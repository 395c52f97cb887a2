import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCsv } from '../../renderer/src/csv';

test('CSV starts with a BOM, quotes what must be quoted and ends lines with CRLF', () => {
  const text = toCsv(['场次', '金额'], [['周五, 专场', 28000], ['引号"测试', 0]]);
  assert.equal(text, '\uFEFF场次,金额\r\n"周五, 专场",28000\r\n"引号""测试",0\r\n');
});

test('cells a spreadsheet would run as formulas are defused; numbers stay numbers', () => {
  const text = toCsv(['姓名', '金额'], [['=HYPERLINK("http://evil.example","点我")', -28000], ['+1+2', '-280'], ['@SUM(A1)', '\tx'], ['-x', '\r=1']]);
  assert.equal(text, '\uFEFF姓名,金额\r\n"\'=HYPERLINK(""http://evil.example"",""点我"")",-28000\r\n\'+1+2,-280\r\n\'@SUM(A1),\'\tx\r\n\'-x,"\'\r=1"\r\n');
});
