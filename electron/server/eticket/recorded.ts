import type { Db } from '../../../db/open';
import { allRows } from '../../../db/statements';

/** One message the recorder kept: the number masked, the text as the buyer would read it. */
export interface RecordedSms {
  id: number;
  deliveryId: string;
  maskedPhone: string;
  text: string;
  recordedAt: number;
}

export const recordedSms = (db: Db, limit: number): RecordedSms[] =>
  allRows<RecordedSms>(
    db,
    'SELECT id, delivery_id AS deliveryId, masked_phone AS maskedPhone, text, recorded_at AS recordedAt FROM eticket_recorded_sms ORDER BY id DESC LIMIT ?',
    limit,
  );
