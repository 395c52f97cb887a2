// Buyers and ticket holders (0030): encrypted columns in, encrypted columns out. The cipher lives in the domain.
import type { Db } from './open';
import { getRow, run } from './statements';

export interface PersonRow {
  id: string;
  nameEnc: Uint8Array;
  idType: string | null;
  idNumberEnc: Uint8Array | null;
  idHmac: string | null;
  idLast4Hmac: string | null;
  idLast6Hmac: string | null;
  phoneEnc: Uint8Array | null;
  phoneLast4Hmac: string | null;
}

export function insertPerson(db: Db, person: PersonRow, now: number): void {
  run(
    db,
    `INSERT INTO persons (id, name_enc, id_type, id_number_enc, id_hmac, id_last4_hmac, id_last6_hmac, phone_enc, phone_last4_hmac, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    person.id, person.nameEnc, person.idType, person.idNumberEnc, person.idHmac, person.idLast4Hmac, person.idLast6Hmac, person.phoneEnc, person.phoneLast4Hmac, now,
  );
}

export const getPerson = (db: Db, id: string) =>
  getRow<PersonRow>(
    db,
    `SELECT id, name_enc AS nameEnc, id_type AS idType, id_number_enc AS idNumberEnc, id_hmac AS idHmac, id_last4_hmac AS idLast4Hmac,
       id_last6_hmac AS idLast6Hmac, phone_enc AS phoneEnc, phone_last4_hmac AS phoneLast4Hmac FROM persons WHERE id = ?`,
    id,
  );
