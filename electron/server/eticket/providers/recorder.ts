import type { Db } from '../../../../db/open';
import { run } from '../../../../db/statements';
import { maskPhone } from '../../../boxoffice/personal-data/mask';
import type { SmsMessage, SmsProvider, SmsResult } from './provider';

/**
 * The local recorder: "sends" by writing the text, with the number masked, to eticket_recorded_sms. Used in training
 * (the sandbox platform: nothing leaves the PC) and in tests; the manager reads what it recorded.
 */
export class RecorderSmsProvider implements SmsProvider {
  readonly name = 'recorder';

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  send(message: SmsMessage): Promise<SmsResult> {
    const id = run(
      this.db,
      'INSERT INTO eticket_recorded_sms (delivery_id, masked_phone, text, recorded_at) VALUES (?, ?, ?, ?)',
      message.outId, maskPhone(message.phone), message.text.slice(0, 500), this.now(),
    ).lastInsertRowid;
    return Promise.resolve({ kind: 'sent', ref: `recorded-${String(id)}` });
  }
}
