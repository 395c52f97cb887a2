import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failureReason } from '../../../electron/server/platform/test-connection';
import { zhCN } from '../../../renderer/src/i18n/zh-CN';

test('a failed step carries a reason code with its facts, and every code has its sentence in the window', () => {
  const url = 'https://platform.example.cn';
  assert.deepEqual(failureReason({ kind: 'credentials_refused', code: '1002', msg: 'appId or secret is wrong', httpStatus: 200 }, url), { code: 'credentials_refused', platformCode: '1002', detail: 'appId or secret is wrong', url });
  assert.deepEqual(failureReason({ kind: 'transient', reason: 'connection', busy: false, msg: 'ECONNREFUSED' }, url), { code: 'connection', detail: 'ECONNREFUSED', url });
  assert.equal(failureReason({ kind: 'transient', reason: 'malformed', busy: false, httpStatus: 502, msg: 'bad gateway' }, url).code, 'platform_error');
  for (const code of ['token_ok', 'types_ok', 'credentials_refused', 'token_expired', 'permanent', 'refused_locally', 'tls', 'timeout', 'connection', 'busy', 'platform_error'] as const) {
    assert.ok(Object.hasOwn(zhCN.platformTest.reasons, code), `a sentence for ${code}`);
  }
});
