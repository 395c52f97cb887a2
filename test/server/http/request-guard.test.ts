import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedHost, isSameOrigin } from '../../../electron/server/http/request-guard';

test('hosts: IP literals and localhost pass, names only when allowed', () => {
  assert.ok(isAllowedHost('127.0.0.1:7700', []));
  assert.ok(isAllowedHost('192.168.1.20:7700', []));
  assert.ok(isAllowedHost('[::1]:7700', []));
  assert.ok(isAllowedHost('localhost:7700', []));
  assert.ok(!isAllowedHost('evil.example:7700', []));
  assert.ok(!isAllowedHost('127.0.0.1.evil.example', []));
  assert.ok(isAllowedHost('BoxOffice.local:7700', ['boxoffice.local']));
  assert.ok(!isAllowedHost(undefined, []));
});

test('origins: absent or same-origin pass; other sites, null and cross-site fetches do not', () => {
  assert.ok(isSameOrigin(undefined, '127.0.0.1:7700', undefined));
  assert.ok(isSameOrigin('http://127.0.0.1:7700', '127.0.0.1:7700', 'same-origin'));
  assert.ok(!isSameOrigin('http://127.0.0.1:7701', '127.0.0.1:7700', undefined));
  assert.ok(!isSameOrigin('http://evil.example', '127.0.0.1:7700', undefined));
  assert.ok(!isSameOrigin('null', '127.0.0.1:7700', undefined));
  assert.ok(!isSameOrigin(undefined, '127.0.0.1:7700', 'cross-site'));
  assert.ok(!isSameOrigin('file://x', 'x', undefined));
});
