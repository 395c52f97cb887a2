// A stand-in for Alibaba Cloud SMS's SendSms on 127.0.0.1 (HTTPS, the test certificate): it checks every request's
// signature the way the service does and answers as the service would.
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { rpcSignature } from '../../../electron/server/eticket/providers/aliyun-signature';
import { TEST_CERT, TEST_KEY } from '../../reporter/client/tls-fixture';

export interface FakeAliyun {
  url: string;
  /** Every request's form, with whether its signature matched. */
  received: { form: Record<string, string>; signatureOk: boolean }[];
  /** The next answers (Code), in order; then OK. */
  script: string[];
  close(): Promise<void>;
}

export async function fakeAliyun(secrets: Record<string, string>): Promise<FakeAliyun> {
  const received: FakeAliyun['received'] = [];
  const script: string[] = [];
  const server = createServer({ cert: TEST_CERT, key: TEST_KEY }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      const secret = secrets[form.AccessKeyId ?? ''];
      const signatureOk = req.method === 'POST' && secret !== undefined && form.Signature === rpcSignature('POST', form, secret);
      received.push({ form, signatureOk });
      res.setHeader('content-type', 'application/json');
      if (!signatureOk) {
        res.statusCode = 400;
        res.end(JSON.stringify({ Code: 'SignatureDoesNotMatch', Message: 'Specified signature is not matched with our calculation.', RequestId: 'R0' }));
        return;
      }
      const code = script.shift() ?? 'OK';
      if (code === 'HTTP503') {
        res.statusCode = 503;
        res.end('busy');
        return;
      }
      const message = code === 'OK' ? 'OK' : code === 'isv.MOBILE_NUMBER_ILLEGAL' ? `非法手机号 ${form.PhoneNumbers ?? ''}` : '触发流控';
      res.end(JSON.stringify({ Code: code, Message: message, RequestId: `R${received.length}`, ...(code === 'OK' && { BizId: `B${received.length}` }) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    script,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
