// Browser-safe: zod only. The API contract re-exports these; the manage screens validate forms with them.
import { z } from 'zod';

export const entityId = z.string().trim().min(1, 'required').max(50, 'at most 50 characters');
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const required = (max: number) => text(max).min(1, 'required');
/** UTC milliseconds. */
export const timestamp = z.number().int('a whole number of milliseconds').nonnegative();
export const fen = z.number().int('a whole number of fen').nonnegative('cannot be negative');
const regionCode = z.number().int().min(100000, 'a 6-digit GB/T 2260 code').max(999999, 'a 6-digit GB/T 2260 code');
const url = text(200).refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), 'an http(s) address');

export const createVenueInput = z
  .object({
    name: required(50),
    address: required(200),
    provinceId: regionCode,
    cityId: regionCode,
    districtId: regionCode,
    venueType: text(20).default(''),
    managementCompany: text(100).default(''),
  })
  .superRefine((venue, issues) => {
    if (Math.floor(venue.cityId / 10000) !== Math.floor(venue.provinceId / 10000)) issues.addIssue({ code: 'custom', path: ['cityId'], message: 'the city is not in this province' });
    if (Math.floor(venue.districtId / 100) !== Math.floor(venue.cityId / 100)) issues.addIssue({ code: 'custom', path: ['districtId'], message: 'the district is not in this city' });
  });
export type CreateVenueInput = z.input<typeof createVenueInput>;

export const createHallInput = z
  .object({
    venueId: entityId,
    name: required(50),
    hasSeat: z.boolean(),
    /** Places of an unseated hall; a seated hall counts the seats of its imported layout. */
    seatingCapacity: z.number().int().positive().max(500_000).optional(),
    seatingChartUrl: url.default(''),
  })
  .refine((hall) => hall.hasSeat || hall.seatingCapacity !== undefined, { path: ['seatingCapacity'], error: 'required for an unseated hall' });
export type CreateHallInput = z.input<typeof createHallInput>;

export const importSeatLayoutInput = z.object({
  hallId: entityId,
  /** `floor,area,row,seat,x,y[,flags]`, flags separated by `|` or `;` (see seat-layout.ts). */
  csv: z.string().min(1, 'the file is empty').max(4_000_000, 'the file is too large'),
});
export type ImportSeatLayoutInput = z.input<typeof importSeatLayoutInput>;

export const linkPlatformCodesInput = z.object({
  venueId: entityId,
  venueCode: required(9),
  halls: z.array(z.object({ hallId: entityId, hallCode: required(11) })).max(100),
});
export type LinkPlatformCodesInput = z.input<typeof linkPlatformCodesInput>;

export const REAL_NAME_MODES = ['none', 'per_order', 'per_ticket'] as const;
const limit = z.number().int().min(1, 'at least 1').max(1000).nullable();

const performanceFields = {
  name: required(100),
  /** 演出批文号 */
  approval: required(50),
  typeId: z.number().int().positive(),
  posterUrl: url,
  description: text(10000),
  sponsor: text(200),
  performer: text(200),
  realNameMode: z.enum(REAL_NAME_MODES),
  /** The gate asks for the holder's ID; on by default for real-name performances. */
  gateIdCheck: z.boolean(),
  limitPerIdSession: limit,
  limitPerIdPerformance: limit,
  maxTicketsPerOrder: limit,
};

/** Limits per ID need a real-name mode; checked on the whole performance, after an update too. */
export function performanceRuleIssues(p: { realNameMode: string; gateIdCheck: boolean; limitPerIdSession: number | null; limitPerIdPerformance: number | null }) {
  const issues: { path: string; message: string }[] = [];
  if (p.realNameMode === 'none') {
    if (p.limitPerIdSession !== null) issues.push({ path: 'limitPerIdSession', message: 'a limit per ID needs real-name sales' });
    if (p.limitPerIdPerformance !== null) issues.push({ path: 'limitPerIdPerformance', message: 'a limit per ID needs real-name sales' });
    if (p.gateIdCheck) issues.push({ path: 'gateIdCheck', message: 'the gate can only check IDs of real-name sales' });
  }
  return issues;
}

export const createPerformanceInput = z
  .object({
    ...performanceFields,
    posterUrl: performanceFields.posterUrl.default(''),
    description: performanceFields.description.default(''),
    sponsor: performanceFields.sponsor.default(''),
    performer: performanceFields.performer.default(''),
    realNameMode: performanceFields.realNameMode.default('none'),
    gateIdCheck: performanceFields.gateIdCheck.optional(),
    /** Left out: one ticket per ID document per session for 一票一证 (per_ticket), none otherwise; null: no limit. */
    limitPerIdSession: limit.optional(),
    limitPerIdPerformance: limit.default(null),
    maxTicketsPerOrder: limit.default(null),
  })
  .transform((p) => ({
    ...p,
    gateIdCheck: p.gateIdCheck ?? p.realNameMode !== 'none',
    // One ticket, one ID: the same person holding two tickets of a session is a mistake at the window, unless the
    // manager says otherwise (a limit, or none).
    limitPerIdSession: p.limitPerIdSession === undefined ? (p.realNameMode === 'per_ticket' ? 1 : null) : p.limitPerIdSession,
  }))
  .superRefine((p, ctx) => {
    for (const issue of performanceRuleIssues(p)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
  });
export type CreatePerformanceInput = z.input<typeof createPerformanceInput>;

export const updatePerformanceInput = z.object({ performanceId: entityId, ...performanceFields }).partial().required({ performanceId: true });
export type UpdatePerformanceInput = z.input<typeof updatePerformanceInput>;

export const priceTierInput = z.object({
  name: required(100),
  priceFen: fen,
  /** Places in this tier of an unseated session; seated sessions take their tiers from the seat rules. */
  quantity: z.number().int().nonnegative().max(500_000).optional(),
  color: text(20).default(''),
});

const scheduleFields = {
  name: required(50),
  startsAt: timestamp,
  endsAt: timestamp,
  salesOpenAt: timestamp,
  /** Default: the start of the session. */
  salesCloseAt: timestamp,
  /** Default: an hour before the start. */
  entryOpensAt: timestamp,
  /** Default: the end of the session. */
  entryClosesAt: timestamp,
  allowReentry: z.boolean(),
  /** A test session on the platform (`tag` 1). */
  test: z.boolean(),
};

export const HOUR = 3_600_000;

/** Fills the defaults of a schedule and lists what does not add up. */
export function completeSchedule<T extends { startsAt: number; endsAt: number; salesOpenAt: number; salesCloseAt?: number | undefined; entryOpensAt?: number | undefined; entryClosesAt?: number | undefined }>(s: T) {
  const full = {
    ...s,
    salesCloseAt: s.salesCloseAt ?? s.startsAt,
    entryOpensAt: s.entryOpensAt ?? s.startsAt - HOUR,
    entryClosesAt: s.entryClosesAt ?? s.endsAt,
  };
  const issues: { path: string; message: string }[] = [];
  if (full.endsAt <= full.startsAt) issues.push({ path: 'endsAt', message: 'the session must end after it starts' });
  if (full.salesCloseAt <= full.salesOpenAt) issues.push({ path: 'salesCloseAt', message: 'sales must close after they open' });
  if (full.salesCloseAt > full.endsAt) issues.push({ path: 'salesCloseAt', message: 'sales must close by the end of the session' });
  if (full.entryClosesAt <= full.entryOpensAt) issues.push({ path: 'entryClosesAt', message: 'entry must close after it opens' });
  if (full.entryOpensAt > full.startsAt) issues.push({ path: 'entryOpensAt', message: 'entry must open by the start of the session' });
  return { schedule: full, issues };
}

export const createSessionInput = z
  .object({
    performanceId: entityId,
    hallId: entityId,
    ...scheduleFields,
    salesCloseAt: timestamp.optional(),
    entryOpensAt: timestamp.optional(),
    entryClosesAt: timestamp.optional(),
    allowReentry: z.boolean().default(false),
    test: z.boolean().default(false),
    tiers: z.array(priceTierInput).min(1, 'at least one price tier').max(30),
  })
  .superRefine((s, ctx) => {
    for (const issue of completeSchedule(s).issues) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    const names = s.tiers.map((t) => t.name);
    names.forEach((name, i) => {
      if (names.indexOf(name) !== i) ctx.addIssue({ code: 'custom', path: ['tiers', i, 'name'], message: 'two tiers have this name' });
    });
  });
export type CreateSessionInput = z.input<typeof createSessionInput>;

/** Any of the session's details; its hall only until its tickets are generated (they are made from the hall's seats). */
export const updateSessionInput = z.object({ sessionId: entityId, hallId: entityId, ...scheduleFields }).partial().required({ sessionId: true });
export type UpdateSessionInput = z.input<typeof updateSessionInput>;

export const cancelSessionInput = z.object({ sessionId: entityId, reason: required(200) });
export type CancelSessionInput = z.input<typeof cancelSessionInput>;

/** Which seats go to which tier; a seat matches a rule when every given criterion matches, and a later rule wins. */
export const seatRule = z.object({
  priceTierId: entityId,
  floor: text(10).optional(),
  area: text(10).optional(),
  rows: z.array(text(10)).max(500).optional(),
  seatIds: z.array(entityId).max(100_000).optional(),
});
export type SeatRule = z.infer<typeof seatRule>;

export const generateTicketsInput = z.object({
  sessionId: entityId,
  /** Seated sessions only; seats no rule matches are not offered. */
  seatRules: z.array(seatRule).max(200).default([]),
});
export type GenerateTicketsInput = z.input<typeof generateTicketsInput>;

export const setTicketStatusInput = z.object({
  sessionId: entityId,
  ticketIds: z.array(entityId).min(1).max(10_000),
  /** reserved: a box-office hold (house seats, press); blocked: not sold at all; available: back on sale. */
  status: z.enum(['available', 'reserved', 'blocked']),
  note: text(100).default(''),
});
export type SetTicketStatusInput = z.input<typeof setTicketStatusInput>;

export const sessionIdInput = z.object({ sessionId: entityId });
export const hallIdInput = z.object({ hallId: entityId });
export const listSessionsInput = z.object({ from: timestamp, to: timestamp });

export const updateSeatFlagsInput = z
  .object({
    hallId: entityId,
    seatIds: z.array(entityId).min(1, 'choose at least one seat').max(100_000),
    /** Not sold in sessions ticketed from now on (a mixing desk, a pillar). */
    blocked: z.boolean().optional(),
    /** A wheelchair place. */
    accessible: z.boolean().optional(),
  })
  .refine((input) => input.blocked !== undefined || input.accessible !== undefined, { path: ['blocked'], error: 'nothing to change' });
export type UpdateSeatFlagsInput = z.input<typeof updateSeatFlagsInput>;
