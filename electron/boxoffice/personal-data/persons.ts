import type { z } from 'zod';
import { newId } from '../../../db/ids';
import { getPerson, insertPerson } from '../../../db/persons';
import type { DomainContext } from '../context';
import { notFound } from '../errors';
import { audit, inTransaction } from '../service';
import type { PersonalDataCipher } from './cipher';
import { ID_TYPES, normalizeIdNumber, type IdType } from './id-document';
import { maskIdNumber, maskName, maskPhone } from './mask';
import type { revealPersonInput } from './schemas';

/** A person as validated by `personInput` (sales/schemas.ts). */
export interface PersonData {
  name: string;
  idType?: IdType | undefined;
  idNumber?: string | undefined;
  phone?: string | undefined;
}

/** The keyed hash of a whole document: equal for the same document however it was typed. Limits and the gate compare these. */
export function idDocumentHash(cipher: PersonalDataCipher, idType: string, idNumber: string): string {
  return cipher.hash(`${idType}:${normalizeIdNumber(idNumber)}`, 'id_document');
}

/** Stores a buyer or holder encrypted; returns its id and the hash of its document (null without one). Inside the sale's transaction. */
export function storePerson(ctx: DomainContext, person: PersonData): { personId: string; idHmac: string | null } {
  const { cipher } = ctx;
  const id = newId('psn_');
  const idNumber = person.idNumber === undefined ? null : normalizeIdNumber(person.idNumber);
  const idType = person.idType ?? null;
  const phone = person.phone === undefined ? null : person.phone.replace(/[^\d+]/g, '');
  const idHmac = idType !== null && idNumber !== null ? idDocumentHash(cipher, idType, idNumber) : null;
  insertPerson(
    ctx.db,
    {
      id,
      nameEnc: cipher.encrypt(person.name, 'name'),
      idType,
      idNumberEnc: idNumber === null ? null : cipher.encrypt(idNumber, 'id_number'),
      idHmac,
      idLast4Hmac: idNumber === null ? null : cipher.hash(idNumber.slice(-4), 'id_last4'),
      idLast6Hmac: idNumber === null ? null : cipher.hash(idNumber.slice(-6), 'id_last6'),
      phoneEnc: phone === null ? null : cipher.encrypt(phone, 'phone'),
      phoneLast4Hmac: phone === null ? null : cipher.hash(phone.slice(-4), 'phone_last4'),
    },
    ctx.clock(),
  );
  return { personId: id, idHmac };
}

/** What screens and tickets show: 张*三, 1101**********1234, 138****5678. */
export interface MaskedPerson {
  personId: string;
  name: string;
  idType: IdType | null;
  idNumber: string | null;
  phone: string | null;
}

export function maskedPerson(ctx: DomainContext, personId: string | null): MaskedPerson | null {
  if (personId === null) return null;
  const row = getPerson(ctx.db, personId);
  if (!row) return null;
  return {
    personId,
    name: maskName(ctx.cipher.decrypt(row.nameEnc, 'name')),
    idType: row.idType as IdType | null,
    idNumber: row.idNumberEnc ? maskIdNumber(ctx.cipher.decrypt(row.idNumberEnc, 'id_number')) : null,
    phone: row.phoneEnc ? maskPhone(ctx.cipher.decrypt(row.phoneEnc, 'phone')) : null,
  };
}

/** Only the masked name, for the gate's verdict (one decryption). */
export function maskedName(ctx: DomainContext, personId: string | null): string | null {
  if (personId === null) return null;
  const row = getPerson(ctx.db, personId);
  return row ? maskName(ctx.cipher.decrypt(row.nameEnc, 'name')) : null;
}

/** The full name, document and phone, for a manager who must see them (a police request, a dispute); audited with the reason. */
export function revealPerson(ctx: DomainContext, input: z.output<typeof revealPersonInput>): { personId: string; name: string; idType: IdType | null; idNumber: string | null; phone: string | null } {
  const { personId, reason } = input;
  return inTransaction(ctx, () => {
    const row = getPerson(ctx.db, personId);
    if (!row) throw notFound('person', personId);
    audit(ctx, 'person.reveal', personId, { reason });
    return {
      personId,
      name: ctx.cipher.decrypt(row.nameEnc, 'name'),
      idType: ID_TYPES.find((t) => t === row.idType) ?? null,
      idNumber: row.idNumberEnc ? ctx.cipher.decrypt(row.idNumberEnc, 'id_number') : null,
      phone: row.phoneEnc ? ctx.cipher.decrypt(row.phoneEnc, 'phone') : null,
    };
  });
}
