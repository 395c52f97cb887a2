/**
 * Every meaning of the standard (WH/T 93-2021 Annex A) that had to be inferred because the only
 * source is a lossy OCR scan. The schemas, the client and the sandbox read these values from here
 * and nowhere else, so a correction from the real text is one edit in this file.
 * `electron/reporter/INFERRED.md` lists the same choices in prose, with the reasons.
 */

/** `channelType` (order): the sales channel. The box-office window is offline. */
export const CHANNEL_TYPE = { online: 1, offline: 2 } as const;

/** `ticketType` (order). */
export const TICKET_TYPE = { regular: 1, complimentary: 2, staff: 3 } as const;

/** `ticketMode` (order): how the ticket is issued. */
export const TICKET_MODE = { paper: 1, electronic: 2 } as const;

/** `authMode` (order): real-name rule; 一单一证 = one ID per order, 一票一证 = one ID per ticket. */
export const AUTH_MODE = { none: 1, perOrder: 2, perTicket: 3 } as const;

/** `checkingType` (check-in): what was presented at the gate. */
export const CHECKING_TYPE = { ticketCode: 1, idDocument: 2, face: 3 } as const;

/** `authType` (check-in): who validated it. */
export const AUTH_TYPE = { manual: 1, device: 2 } as const;

/** `tag` (session): a test session is ignored by the platform's statistics. */
export const SESSION_TAG = { normal: 0, test: 1 } as const;

/** `sessionStatus` (session update): cancelling a session is reported with 2. Legible in the scan. */
export const SESSION_STATUS = { normal: 1, cancelled: 2 } as const;

/** `managementStatus` (hall in the venue list). */
export const MANAGEMENT_STATUS = { operating: 1, suspended: 2 } as const;

/** `availableSale` (ticket). Legible in the scan. */
export const AVAILABLE_SALE = { forSale: 1, notForSale: 2 } as const;

/** `hasSeat` (hall, session): legible in the scan. */
export const HAS_SEAT = { unseated: 0, seated: 1 } as const;

/** `hasHall` (venue save): 1 is legible; 0 for a venue without halls is inferred. */
export const HAS_HALL = { noHalls: 0, hasHalls: 1 } as const;

/** `enableState` (hall): legible in the scan. */
export const ENABLE_STATE = { disabled: 0, enabled: 1 } as const;

/** `level` (performance type): legible in the scan. */
export const TYPE_LEVEL = { first: 1, second: 2 } as const;

/** How a client must treat a platform code. */
export type CodeClass = 'success' | 'permanent' | 'credentials_refused' | 'token_expired' | 'transient';

export interface CodeMeaning {
  class: CodeClass;
  /** The platform's default message, as the sandbox sends it. */
  msg: string;
  /** The platform asks for a longer pause (5100). */
  busy?: boolean;
  /** The meaning column was illegible in the scan. */
  inferred: boolean;
}

/** Tables A.1 and A.2: the envelope codes. */
export const PLATFORM_CODES = {
  '200': { class: 'success', msg: '操作成功', inferred: false },
  '4000': { class: 'permanent', msg: '请求参数错误', inferred: false },
  '4100': { class: 'credentials_refused', msg: '认证失败，appId或secret不正确', inferred: true },
  '4200': { class: 'token_expired', msg: 'accessToken已失效，请重新获取', inferred: false },
  '4300': { class: 'permanent', msg: '无权限访问该资源', inferred: true },
  '4400': { class: 'permanent', msg: '数据不存在或状态冲突', inferred: true },
  '5000': { class: 'transient', msg: '系统异常，请稍后重试', inferred: false },
  '5100': { class: 'transient', msg: '系统繁忙，请稍后重试', busy: true, inferred: true },
} as const satisfies Record<string, CodeMeaning>;

export type PlatformCode = keyof typeof PLATFORM_CODES;

/**
 * A code outside the tables: 4xxx is treated as a refusal (permanent), 5xxx as a passing failure,
 * anything else as a malformed answer (transient), so an unknown code never loses a record.
 */
export function classifyUnknownCode(code: string): CodeClass {
  if (/^4\d{3}$/.test(code)) return 'permanent';
  return 'transient';
}

/**
 * Largest list per call. The digits "200" are legible in the description of /report/ticket;
 * the same cap is applied to the check-in `ticketList` (the same name, the same kind of batch)
 * and is the venue-list `pageSize` maximum (legible).
 */
export const MAX_BATCH = 200;

/** Venue list `pageSize` maximum (legible) and the defaults when paging fields are absent (inferred). */
export const VENUE_PAGE = { maxPageSize: 200, defaultPageNo: 1, defaultPageSize: 10 } as const;

/**
 * The scan suggests a daily cap on token requests (the number 24 is legible): with the example
 * lifetime of 3600 s that is one per hour. Clients count their requests against it; the sandbox
 * enforces it only when asked (`tokenDailyCap`), answering 5100.
 */
export const TOKEN_DAILY_CAP = 24;

/** Example lifetime in the standard; the sandbox's default. */
export const DEFAULT_TOKEN_TTL_SECONDS = 3600;

/** The wire date-time: the format line is illegible; this is the format and zone of this family of platforms. */
export const WIRE_DATETIME = { pattern: 'yyyy-MM-dd HH:mm:ss', utcOffsetMinutes: 8 * 60 } as const;

/**
 * Lists typed "JSON text" in the scan are read as nested JSON arrays and always sent that way.
 * On receipt a string holding a JSON array is also accepted (some platforms of this family
 * serialise lists twice).
 */
export const ACCEPT_LIST_AS_JSON_TEXT: boolean = true;

/**
 * Descriptive fields whose "required" column is illegible: they may be absent, null or empty.
 * Every other request field is required, and required strings must not be blank.
 */
export const OPTIONAL_FIELDS = [
  'posterUrl',
  'performanceDesc',
  'sponsor',
  'performer',
  'seatingChart',
  'floorName',
  'areaName',
  'rowName',
  'seatNo',
  'reason',
] as const;

/**
 * Nested platform codes (9 → 11 → 21): venue = 6-digit district code + 3-digit sequence; hall =
 * venue + 2 digits; session = hall code + yyMMdd (session start, UTC+8) + 4-digit sequence. A
 * session in a venue without halls uses the venue code + "00" as its 11-character prefix.
 * Clients treat all codes as opaque strings; only the sandbox makes them.
 */
export const CODE_LAYOUT = { venue: 9, hall: 11, session: 21, venueWithoutHallsSuffix: '00' } as const;
