/**
 * Every refusal the core can give (the API's and the domain's), with the HTTP status it crosses the wire with as
 * `{ code, message, details? }`. Codes are stable (the UI translates by code); messages are English sentences a
 * clerk understands.
 */
export const BOX_OFFICE_ERRORS = {
  // the request itself
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN_ORIGIN: 403,
  FORBIDDEN_HOST: 403,
  UNKNOWN_PROCEDURE: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
  // the input itself is malformed (details.issues lists the fields)
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_SET_UP: 409,
  // moving to another platform needs the manager's choice (details: from, to, plan)
  GO_LIVE_DECISION_REQUIRED: 409,
  RULE_REFUSED: 422,
  // the platform refused a request for good (its code is in details.platformCode)
  PLATFORM_REFUSED: 422,
  // the platform could not be reached or did not answer usefully; worth trying again later
  PLATFORM_UNAVAILABLE: 503,
  // another program holds the database's write lock longer than a few seconds; nothing was saved, try again
  DATABASE_BUSY: 503,
  // the disk of the database is full; nothing was saved until space is freed
  DISK_FULL: 507,
  // the venue network: the device is not paired, was revoked, or may not be used by this role
  DEVICE_NOT_PAIRED: 403,
  DEVICE_REVOKED: 403,
  DEVICE_ROLE: 403,
  // the venue network: only the core's own PC (loopback) may do this (first-run setup)
  LOCAL_ONLY: 403,
  // the venue network: a pairing code that does not exist, has expired, or was used already
  PAIRING_CODE_UNKNOWN: 404,
  PAIRING_CODE_EXPIRED: 410,
  PAIRING_CODE_USED: 409,
  // the venue network: the core serves only its own PC (started without a LAN address), so no device can pair
  NOT_ON_NETWORK: 409,
  // the state of things forbids it now
  SEAT_TAKEN: 409,
  SEAT_HELD: 409,
  SEAT_UNAVAILABLE: 409,
  NOT_ENOUGH_TICKETS: 409,
  NO_ADJACENT_SEATS: 409,
  HOLD_NOT_FOUND: 409,
  TICKETS_EXIST: 409,
  TICKETS_NOT_GENERATED: 409,
  LAYOUT_IN_USE: 409,
  NAME_TAKEN: 409,
  PLATFORM_CODE_TAKEN: 409,
  SESSION_CANCELLED: 409,
  ALREADY_REFUNDED: 409,
  TICKET_USED: 409,
  TICKET_REFUNDED: 409,
  ALREADY_PAPER: 409,
  // e-tickets by SMS (issue 20): a paper ticket has nothing to send
  ETICKET_NOT_ELECTRONIC: 409,
  SHIFT_ALREADY_OPEN: 409,
  NO_OPEN_SHIFT: 409,
  SHIFT_CLOSED: 409,
  ORDERS_EXIST: 409,
  // large performances: switching the mode on would break a rule the sold tickets already break
  LARGE_MODE_CONFLICT: 409,
  // a price tier that has sold a ticket changes only by a manager's hand (details.tier)
  TIER_SOLD: 403,
  // the fee schedule buyers were shown can only change in their favour
  REFUND_SCHEDULE_LOCKED: 409,
  // a business rule refuses it
  SALES_NOT_OPEN: 422,
  SALES_CLOSED: 422,
  PURCHASE_LIMIT: 422,
  ORDER_LIMIT: 422,
  REAL_NAME_REQUIRED: 422,
  INVALID_ID_NUMBER: 422,
  TICKET_TYPE_NOT_ALLOWED: 422,
  PAYMENT_MISMATCH: 422,
  INSUFFICIENT_CASH: 422,
  TOTAL_MISMATCH: 422,
  REFUND_CLOSED: 422,
  LAYOUT_INVALID: 422,
  CAPACITY_EXCEEDED: 422,
  UNKNOWN_PERFORMANCE_TYPE: 422,
  INVALID_SCHEDULE: 422,
  WRONG_HALL_KIND: 422,
  // price zones: a tier of the session would get no seat (details.tier), a seat rule matches none (details.rule, details.rows)
  TIER_WITHOUT_SEATS: 422,
  RULE_MATCHES_NOTHING: 422,
  // large performances: details.rule names the rule
  ONE_TICKET_PER_ID: 422,
  HELD_SHARE_EXCEEDED: 422,
  APPROVED_AUDIENCE_REQUIRED: 422,
  HELD_DEADLINE_PASSED: 422,
  NOT_HELD_TICKET: 422,
  NOT_LARGE_PERFORMANCE: 422,
  LARGE_MODE_RULE: 422,
  // refund fees
  FEE_CHANGED: 422,
  FEE_OVERRIDE_TOO_HIGH: 422,
  // e-tickets by SMS: the buyer's mainland mobile number is needed; the provider's settings are incomplete
  ETICKET_PHONE_REQUIRED: 422,
  SMS_SETTINGS_INVALID: 422,
  // concessions and offers (pricing/): details name the price type, the code, the limit
  PROMO_UNKNOWN: 422,
  PROMO_NOT_STARTED: 422,
  PROMO_ENDED: 422,
  PROMO_USED_UP: 409,
  PROMO_NOT_APPLICABLE: 422,
  PROMO_LIMIT_BELOW_USES: 422,
  PRICE_TYPE_UNAVAILABLE: 422,
  CONCESSION_PROOF_REQUIRED: 422,
  CONCESSION_ID_REQUIRED: 422,
  CONCESSION_AGE: 422,
  CONCESSION_LIMIT: 422,
  OFFERS_REGULAR_ONLY: 422,
  MANUAL_DISCOUNT_APPROVAL: 403,
  MANUAL_DISCOUNT_TOO_HIGH: 422,
  // packages (套票, packages/): details name the package, the tier, the session
  PACKAGE_TIER_MISSING: 422,
  PACKAGE_OFF_SALE: 409,
  PACKAGE_TIER_NOT_COVERED: 422,
  PACKAGE_SEATS_MISMATCH: 422,
  PACKAGE_WHOLE_ONLY: 422,
} as const;

export type BoxOfficeErrorCode = keyof typeof BOX_OFFICE_ERRORS;

/**
 * A refusal meant for the person at the window or the caller of the API; thrown inside a transaction, it leaves the
 * database unchanged.
 */
export class BoxOfficeError extends Error {
  override name = 'BoxOfficeError';
  constructor(
    readonly code: BoxOfficeErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  /** The HTTP status the server answers with. */
  get status(): number {
    return BOX_OFFICE_ERRORS[this.code];
  }

  toJSON(): { code: string; message: string; details?: Record<string, unknown> } {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function notFound(what: string, id: string): BoxOfficeError {
  return new BoxOfficeError('NOT_FOUND', `No ${what} with id ${id} exists.`, { what, id });
}
