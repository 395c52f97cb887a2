import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlatformUrlError, checkPlatformUrl, isLoopbackHost } from '../../../electron/reporter/client/address';
import { PlatformClient } from '../../../electron/reporter/client/platform-client';

test('https is always accepted; a path prefix is kept', () => {
  assert.equal(checkPlatformUrl('https://ticketing.example.gov.cn/api/').pathname, '/api/');
});

test('plain http only to this machine', () => {
  for (const url of ['http://127.0.0.1:7710', 'http://127.9.8.7', 'http://localhost:1', 'http://[::1]:7710', 'http://LOCALHOST']) {
    assert.doesNotThrow(() => checkPlatformUrl(url), url);
  }
  for (const url of ['http://10.0.0.5:7710', 'http://192.168.1.10', 'http://platform.example.gov.cn', 'http://[::2]', 'http://128.0.0.1']) {
    assert.throws(() => checkPlatformUrl(url), (e: unknown) => e instanceof PlatformUrlError && /refusing plain http:\/\//.test(e.message), url);
  }
});

test('other schemes, credentials in the URL and query strings are refused', () => {
  assert.throws(() => checkPlatformUrl('ftp://127.0.0.1'), /unsupported scheme/);
  assert.throws(() => checkPlatformUrl('https://u:p@host'), /user name or password/);
  assert.throws(() => checkPlatformUrl('https://host/?a=1'), /query or fragment/);
  assert.throws(() => checkPlatformUrl('not a url'), /not a URL/);
});

test('the client refuses to be built for plain http to another machine', () => {
  assert.throws(() => new PlatformClient({ baseUrl: 'http://10.1.2.3:7710', appId: 'a', secret: 's' }), PlatformUrlError);
});

test('loopback detection', () => {
  assert.ok(isLoopbackHost('127.0.0.1'));
  assert.ok(isLoopbackHost('[::1]'));
  assert.ok(isLoopbackHost('::ffff:127.0.0.1'));
  assert.ok(!isLoopbackHost('0.0.0.0'));
  assert.ok(!isLoopbackHost('localhost.example.com'));
});
