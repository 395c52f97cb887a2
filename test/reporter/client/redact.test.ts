import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED, redactJson, redactText } from '../../../electron/reporter/client/redact';

test('secret-named fields are replaced at any depth; other fields are kept', () => {
  const out = redactJson({ appId: 'app', secret: 's3cret', data: { accessToken: 'TOKEN123', expiresIn: 3600 }, list: [{ accessToken: 'X' }] });
  assert.deepEqual(out, { appId: 'app', secret: REDACTED, data: { accessToken: REDACTED, expiresIn: 3600 }, list: [{ accessToken: REDACTED }] });
});

test('known secrets are blanked inside free text and query strings', () => {
  assert.equal(redactText('/standard/performance/type/list?accessToken=ABCDEF', []), `/standard/performance/type/list?accessToken=${REDACTED}`);
  assert.equal(redactText('echo: token ABCDEFGH was bad', ['ABCDEFGH']), `echo: token ${REDACTED} was bad`);
  assert.deepEqual(redactJson({ msg: 'bad token ABCDEFGH' }, ['ABCDEFGH']), { msg: `bad token ${REDACTED}` });
});
