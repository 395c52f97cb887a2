import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalQuery, percentEncode, rpcSignature, stringToSign } from '../../../electron/server/eticket/providers/aliyun-signature';
import { AliyunSmsProvider } from '../../../electron/server/eticket/providers/aliyun';
import { withoutNumbers } from '../../../electron/server/eticket/providers/scrub';
import { TEST_CERT } from '../../reporter/client/tls-fixture';
import { fakeAliyun } from './fake-aliyun';

// Alibaba Cloud's documented example (RPC signature page): DescribeRegions signed with "testsecret".
const RPC_EXAMPLE = {
  Timestamp: '2016-02-23T12:46:24Z', Format: 'XML', AccessKeyId: 'testid', Action: 'DescribeRegions', SignatureMethod: 'HMAC-SHA1',
  SignatureNonce: '3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf', Version: '2014-05-26', SignatureVersion: '1.0',
};

// Alibaba Cloud SMS's documented SendSms example, signed with "testSecret".
const SMS_EXAMPLE = {
  AccessKeyId: 'testId', Action: 'SendSms', Format: 'XML', OutId: '123', PhoneNumbers: '15300000001', RegionId: 'cn-hangzhou',
  SignName: '阿里云短信测试专用', SignatureMethod: 'HMAC-SHA1', SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466', SignatureVersion: '1.0',
  TemplateCode: 'SMS_71390007', TemplateParam: '{"customer":"test"}', Timestamp: '2017-07-12T02:42:19Z', Version: '2017-05-25',
};

test('the RPC signature reproduces both documented examples, string to sign included', () => {
  assert.equal(
    stringToSign('GET', RPC_EXAMPLE),
    'GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26Timestamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26',
  );
  assert.equal(rpcSignature('GET', RPC_EXAMPLE, 'testsecret'), 'OLeaidS1JvxuMvnyHOwuJ+uX5qY=');
  assert.equal(rpcSignature('GET', SMS_EXAMPLE, 'testSecret'), 'zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  assert.notEqual(rpcSignature('POST', SMS_EXAMPLE, 'testSecret'), 'zJDF+Lrzhj/ThnlvIToysFRq6t4=', 'the method is signed');
  assert.ok(!canonicalQuery({ ...SMS_EXAMPLE, Signature: 'x' }).includes('Signature=x'), 'the signature itself is not signed');
  assert.equal(percentEncode("a b*c~d!'()"), 'a%20b%2Ac~d%21%27%28%29');
});

const message = { outId: 'etd_1', phone: '13812345678', params: { venue: '大剧院', performance: '雷雨', time: '2025-06-03 19:30', seat: '1层 A区 3排 5号', code: 'ABCD-EFGH-JKMN-PQRS' }, text: 'x' };

test('SendSms against a fake service on 127.0.0.1 that checks the signature: sent, throttled, refused, wrong secret, TLS verified', async () => {
  const service = await fakeAliyun({ LTAIkey: 'the-secret' });
  const provider = (secret: string, ca: string | null = TEST_CERT) =>
    new AliyunSmsProvider({ endpoint: service.url, accessKeyId: 'LTAIkey', accessKeySecret: secret, signName: '大剧院', templateCode: 'SMS_123456', ...(ca !== null && { ca }), timeoutMs: 3000 });
  const good = provider('the-secret');
  const wrong = provider('not-the-secret');
  const untrusting = provider('the-secret', null);
  try {
    assert.deepEqual(await good.send(message), { kind: 'sent', ref: 'B1' });
    const form = service.received[0]?.form ?? {};
    assert.equal(service.received[0]?.signatureOk, true);
    assert.deepEqual([form.Action, form.Version, form.PhoneNumbers, form.SignName, form.TemplateCode, form.OutId, form.SignatureMethod], ['SendSms', '2017-05-25', '13812345678', '大剧院', 'SMS_123456', 'etd_1', 'HMAC-SHA1']);
    assert.deepEqual(JSON.parse(form.TemplateParam ?? '{}'), message.params, 'the template gets the ticket code and the facts');
    assert.match(form.Timestamp ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    service.script.push('isv.BUSINESS_LIMIT_CONTROL', 'HTTP503', 'isv.MOBILE_NUMBER_ILLEGAL');
    assert.deepEqual(await good.send(message), { kind: 'retry', reason: 'isv.BUSINESS_LIMIT_CONTROL: 触发流控' });
    assert.deepEqual(await good.send(message), { kind: 'retry', reason: 'HTTP 503' });
    assert.deepEqual(await good.send(message), { kind: 'failed', reason: 'isv.MOBILE_NUMBER_ILLEGAL: 非法手机号 138****5678' }, 'the number the service echoed is masked');

    const refused = await wrong.send(message);
    assert.equal(refused.kind, 'failed');
    assert.match('reason' in refused ? refused.reason : '', /^SignatureDoesNotMatch/);
    assert.equal(service.received.at(-1)?.signatureOk, false);

    const before = service.received.length;
    const tls = await untrusting.send(message);
    assert.equal(tls.kind, 'retry', 'an untrusted certificate is never accepted');
    assert.match('reason' in tls ? tls.reason : '', /^network: /);
    assert.equal(service.received.length, before, 'nothing reached the server');
  } finally {
    await Promise.all([good.close(), wrong.close(), untrusting.close()]);
    await service.close();
  }
});

test('a plain http endpoint is refused unless it is this PC; numbers are masked in any text kept', () => {
  assert.throws(() => new AliyunSmsProvider({ endpoint: 'http://dysmsapi.aliyuncs.com', accessKeyId: 'a', accessKeySecret: 's', signName: '大剧院', templateCode: 'SMS_1' }), /https/);
  assert.equal(withoutNumbers('to +8613812345678 and 15300000001, not 12345678901'), 'to 138****5678 and 153****0001, not 12345678901');
});
