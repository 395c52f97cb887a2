import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdNumber, maskName, maskPhone } from '../../../electron/boxoffice/personal-data/mask';

test('names keep their first and last character', () => {
  assert.equal(maskName('张三丰'), '张*丰');
  assert.equal(maskName('欧阳娜娜'), '欧**娜');
  assert.equal(maskName('张三'), '张*');
  assert.equal(maskName('张'), '*');
  assert.equal(maskName('𠀀𪚥𠀀'), '𠀀*𠀀', 'characters outside the BMP count as one');
});

test('document numbers show their first and last four (fewer for short ones), phones 3 + 4', () => {
  assert.equal(maskIdNumber('110101199003071234'), '1101**********1234');
  assert.equal(maskIdNumber('E12345678'), 'E1*****78');
  assert.equal(maskIdNumber('1234'), '1**4');
  assert.equal(maskIdNumber('12'), '**');
  assert.equal(maskPhone('138 1234 5678'), '138****5678');
});
