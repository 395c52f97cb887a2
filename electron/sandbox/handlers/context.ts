import type { z } from 'zod';
import type { INTERFACES, InterfaceName } from '../../reporter/wire/interfaces';
import type { SandboxDb } from '../store';

/** What a handler works with. */
export interface HandlerContext {
  db: SandboxDb;
  now: number;
}

/** A handler's answer: the envelope's `data`, and how much of the call repeated earlier calls. */
export interface HandlerResult {
  data: unknown;
  /** The whole call repeated earlier ones exactly (nothing changed). */
  duplicate: boolean;
  items: number;
  duplicateItems: number;
}

export type ReportInterface = Exclude<InterfaceName, 'getAccessToken'>;

/** Handles one validated body inside a transaction; throws a Refusal to refuse (and roll back). */
export type Handler<N extends ReportInterface> = (ctx: HandlerContext, body: z.output<(typeof INTERFACES)[N]['body']>) => HandlerResult;

/** JSON with sorted keys and no null or absent values: equal content, equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== null && inner !== undefined) out[key] = normalise(inner);
    }
    return out;
  }
  return value;
}

/** A single-result call that changed nothing (or something). */
export function single(data: unknown, duplicate: boolean): HandlerResult {
  return { data, duplicate, items: 1, duplicateItems: duplicate ? 1 : 0 };
}

/** A list call where `duplicates` of `items` changed nothing. */
export function batch(items: number, duplicates: number): HandlerResult {
  return { data: true, duplicate: items > 0 && duplicates === items, items, duplicateItems: duplicates };
}
