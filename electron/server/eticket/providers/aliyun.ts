import { randomUUID } from 'node:crypto';
import { Agent, request } from 'undici';
import { z } from 'zod';
import type { SmsMessage, SmsProvider, SmsResult } from './provider';
import { rpcSignature } from './aliyun-signature';
import { withoutNumbers } from './scrub';

export interface AliyunSmsOptions {
  /** https://dysmsapi.aliyuncs.com (http only to this PC: a test's fake server). */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature (签名), shown as 【…】 before the text. */
  signName: string;
  /** The approved template (SMS_…) with the variables of message.ts: ${venue} ${performance} ${time} ${seat} ${code}. */
  templateCode: string;
  /** Extra trust roots (PEM), for a test's server; verification itself is never turned off. */
  ca?: string;
  timeoutMs?: number;
  /** The request's Timestamp and SignatureNonce (tests fix them). */
  now?: () => number;
  nonce?: () => string;
}

const answer = z.object({ Code: z.string(), Message: z.string().optional(), BizId: z.string().optional(), RequestId: z.string().optional() });

// Codes worth trying again later (Alibaba Cloud SMS error-code list): throttling, the service's own trouble, an
// account to top up. The rest (a number it cannot reach, a template or signature not approved, bad keys) are final.
const TRANSIENT = /^(Throttling|ServiceUnavailable|InternalError|isp\.SYSTEM_ERROR|isv\.BUSINESS_LIMIT_CONTROL|isv\.AMOUNT_NOT_ENOUGH|isv\.OUT_OF_SERVICE)/;

function parseAnswer(text: string): z.infer<typeof answer> | null {
  try {
    const result = answer.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

/** Alibaba Cloud SMS (dysmsapi, API version 2017-05-25), action SendSms: one POST per message, signed with the RPC signature. */
export class AliyunSmsProvider implements SmsProvider {
  readonly name = 'aliyun';
  private readonly agent: Agent;
  private readonly url: URL;

  constructor(private readonly options: AliyunSmsOptions) {
    this.url = new URL(options.endpoint);
    const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(this.url.hostname);
    if (this.url.protocol !== 'https:' && !(this.url.protocol === 'http:' && loopback)) throw new Error('the SMS endpoint must be an https address');
    const timeout = options.timeoutMs ?? 15_000;
    // rejectUnauthorized is spelled out so no default or environment variable can turn verification off.
    this.agent = new Agent({ connect: { timeout, rejectUnauthorized: true, ...(options.ca ? { ca: options.ca } : {}) }, headersTimeout: timeout, bodyTimeout: timeout });
  }

  /** The signed form of one message (the number travels in the body, never in a URL a proxy might log). */
  signedForm(message: SmsMessage): Record<string, string> {
    const now = this.options.now ?? Date.now;
    const params: Record<string, string> = {
      AccessKeyId: this.options.accessKeyId,
      Action: 'SendSms',
      Format: 'JSON',
      OutId: message.outId,
      PhoneNumbers: message.phone,
      RegionId: 'cn-hangzhou',
      SignName: this.options.signName,
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: (this.options.nonce ?? randomUUID)(),
      SignatureVersion: '1.0',
      TemplateCode: this.options.templateCode,
      TemplateParam: JSON.stringify(message.params),
      Timestamp: new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      Version: '2017-05-25',
    };
    return { ...params, Signature: rpcSignature('POST', params, this.options.accessKeySecret) };
  }

  async send(message: SmsMessage): Promise<SmsResult> {
    const body = new URLSearchParams(this.signedForm(message)).toString();
    let status: number;
    let text: string;
    try {
      const response = await request(new URL('/', this.url), {
        method: 'POST',
        dispatcher: this.agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'application/json' },
        body,
      });
      status = response.statusCode;
      text = (await response.body.text()).slice(0, 4096);
    } catch (error) {
      // The message of a network error names the host, never the body: still, nothing of it is kept but its code.
      const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : error instanceof Error ? error.name : 'error';
      return { kind: 'retry', reason: `network: ${code}` };
    }
    const parsed = parseAnswer(text);
    if (!parsed) return status >= 500 ? { kind: 'retry', reason: `HTTP ${status}` } : { kind: 'failed', reason: `HTTP ${status}: not an SMS API answer` };
    if (parsed.Code === 'OK') return { kind: 'sent', ref: parsed.BizId ?? parsed.RequestId ?? '' };
    const reason = withoutNumbers(`${parsed.Code}: ${parsed.Message ?? ''}`.trim());
    return TRANSIENT.test(parsed.Code) || status >= 500 ? { kind: 'retry', reason } : { kind: 'failed', reason };
  }

  async close(): Promise<void> {
    await this.agent.close();
  }
}
