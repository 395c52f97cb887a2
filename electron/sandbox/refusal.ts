import type { PlatformCode } from '../reporter/wire/inferred';
import { PLATFORM_CODES } from '../reporter/wire/inferred';

/** A request the sandbox refuses: thrown inside a handler's transaction, which is rolled back. */
export class Refusal extends Error {
  override name = 'Refusal';
  constructor(
    readonly code: Exclude<PlatformCode, '200'>,
    readonly detail: string,
  ) {
    super(`${PLATFORM_CODES[code].msg}: ${detail}`);
  }
}

/** 4400: the referenced record does not exist, or its state forbids this. */
export function notFound(detail: string): Refusal {
  return new Refusal('4400', detail);
}

/** 4000: a parameter is wrong. */
export function invalid(detail: string): Refusal {
  return new Refusal('4000', detail);
}
