import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { classifyAnswer, classifyNetworkError, parseRetryAfter } from '../../../electron/reporter/client/classify';
import { trueData, venueListData } from '../../../electron/reporter/wire';

const answer = (status: number, body: unknown, retryAfterMs?: number) => ({
  status,
  text: typeof body === 'string' ? body : JSON.stringify(body),
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});

test('the code may be a string or a number', () => {
  assert.equal(classifyAnswer(answer(200, { code: '200', data: true, msg: '操作成功', success: true }), trueData).kind, 'success');
  assert.equal(classifyAnswer(answer(200, { code: 200, data: true, msg: 'ok', success: true }), trueData).kind, 'success');
  assert.equal(classifyAnswer(answer(200, { code: 4200, data: null, msg: 'x', success: false }), trueData).kind, 'token_expired');
});

test('each code of the tables has its class', () => {
  const kinds = ['4000', '4100', '4200', '4300', '4400', '5000', '5100'].map((code) => {
    const o = classifyAnswer(answer(200, { code, data: null, msg: 'm', success: false }), trueData);
    return o.kind === 'transient' ? `${o.kind}:${o.reason}:${o.busy}` : o.kind;
  });
  assert.deepEqual(kinds, ['permanent', 'credentials_refused', 'token_expired', 'permanent', 'permanent', 'transient:platform_error:false', 'transient:busy:true', ]);
});

test('the platform message and code travel with a refusal', () => {
  const o = classifyAnswer(answer(200, { code: '4000', data: null, msg: '请求参数错误: orderId: required', success: false }), trueData);
  assert.deepEqual(o, { kind: 'permanent', code: '4000', msg: '请求参数错误: orderId: required', httpStatus: 200 });
});

test('unknown codes: 4xxx permanent, others transient', () => {
  assert.equal(classifyAnswer(answer(200, { code: '4600', msg: '', success: false }), trueData).kind, 'permanent');
  assert.equal(classifyAnswer(answer(200, { code: '5300', msg: '', success: false }), trueData).kind, 'transient');
  assert.equal(classifyAnswer(answer(200, { code: '9999', msg: '', success: false }), trueData).kind, 'transient');
});

test('HTTP errors without an envelope: 5xx, 408 and 429 transient (with Retry-After), other 4xx permanent', () => {
  const o = classifyAnswer(answer(503, '<html>503</html>', 1000), trueData);
  assert.equal(o.kind, 'transient');
  assert.equal((o as { retryAfterMs?: number }).retryAfterMs, 1000);
  const busy = classifyAnswer(answer(429, ''), trueData);
  assert.ok(busy.kind === 'transient' && busy.busy);
  assert.deepEqual(classifyAnswer(answer(404, 'Not Found'), trueData), { kind: 'permanent', code: 'HTTP 404', msg: 'HTTP 404 without a platform envelope', httpStatus: 404 });
});

test('a report answered with success and data null or absent is accepted', () => {
  assert.equal(classifyAnswer(answer(200, { code: '200', data: null, msg: 'ok', success: true }), trueData).kind, 'success');
  assert.equal(classifyAnswer(answer(200, { code: 200, msg: 'ok', success: true }), trueData).kind, 'success');
});

test('malformed answers are transient: not JSON, no code, success contradicting the code, data breaking its schema', () => {
  for (const body of ['{"code":"200","data":{"dataL', '{"data":true}', { code: '200', data: true, success: false }, { code: '200', data: false, success: true }]) {
    const o = classifyAnswer(answer(200, body), trueData);
    assert.equal(o.kind === 'transient' && o.reason, 'malformed', JSON.stringify(body));
  }
  const o = classifyAnswer(answer(200, { code: '200', data: { dataList: [{ venueName: 'x' }], page: 1, pageSize: 10, totalRow: 1 }, success: true }), venueListData);
  assert.equal(o.kind === 'transient' && o.msg, 'response data: data.dataList[0].venueCode: required');
});

test('response data is read leniently: nulls, extra fields, lists as JSON text', () => {
  const data = { dataList: [{ venueCode: '110101001', venueName: 'x', venueAddress: null, extra: 1, hallList: JSON.stringify([{ hallCode: '11010100101' }]) }], page: 1, pageSize: 10, totalRow: 1 };
  const o = classifyAnswer(answer(200, { code: '200', data, msg: null, success: true }), venueListData);
  assert.equal(o.kind, 'success');
  assert.equal(o.data.dataList[0]?.hallList[0]?.hallCode, '11010100101');
  assert.equal(classifyAnswer(answer(200, { code: '200', data: { a: 1 } }), z.object({ a: z.number() })).kind, 'success', 'success may be absent');
});

test('network errors: timeouts, resets and TLS failures are transient with their reason', () => {
  const withCode = (code: string, message = code): Error => Object.assign(new Error(message), { code });
  assert.equal(classifyNetworkError(withCode('UND_ERR_HEADERS_TIMEOUT')).reason, 'timeout');
  assert.equal(classifyNetworkError(withCode('UND_ERR_CONNECT_TIMEOUT')).reason, 'timeout');
  assert.equal(classifyNetworkError(Object.assign(new Error('aborted'), { name: 'TimeoutError' })).reason, 'timeout');
  assert.equal(classifyNetworkError(withCode('ECONNREFUSED')).reason, 'connection');
  assert.equal(classifyNetworkError(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET', cause: withCode('ECONNRESET') })).reason, 'connection');
  assert.equal(classifyNetworkError(Object.assign(new Error('fetch failed'), { cause: withCode('DEPTH_ZERO_SELF_SIGNED_CERT') })).reason, 'tls');
});

test('Retry-After as seconds or an HTTP date', () => {
  assert.equal(parseRetryAfter('120', 0), 120_000);
  assert.equal(parseRetryAfter(new Date(60_000).toUTCString(), 0), 60_000);
  assert.equal(parseRetryAfter(undefined, 0), undefined);
  assert.equal(parseRetryAfter('soon', 0), undefined);
});
