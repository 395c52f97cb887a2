import { z } from 'zod';
import { byteEnum, int, list, long, looseInt, looseText, optionalText } from './fields';
import { HAS_HALL, HAS_SEAT, VENUE_PAGE } from './inferred';

/** A.3.2.1 `GET /standard/performance/type/list`: only the token, in the query string. */
export const performanceTypeListBody = z.object({});

/** One performance type (Table A.8). */
export const performanceType = z.object({
  typeId: z.number().int(),
  typeName: z.string(),
  parentTypeId: z.number().int().nullish().transform((v) => v ?? 0),
  level: z.number().int(),
});

export const performanceTypeListData = z.array(performanceType);

/** A.3.2.2 `POST /standard/venue/list` request (Table A.10). */
export const venueListBody = z.object({
  provinceId: long().nullish(),
  cityId: long().nullish(),
  districtId: long().nullish(),
  pageNo: int(1).nullish(),
  pageSize: int(1, VENUE_PAGE.maxPageSize).nullish(),
  venueName: optionalText(50),
});

/** A hall in the venue list (Table A.11, hallList). */
export const hallItem = z.object({
  hallName: looseText,
  hallCode: z.string().min(1),
  hasSeat: looseInt,
  seatNum: looseInt,
  seatingCapacity: looseInt,
  managementStatus: looseInt,
  enableState: looseInt,
});

/** A venue in the venue list (Table A.11). */
export const venueItem = z.object({
  venueCode: z.string().min(1),
  venueName: z.string(),
  hallNum: looseInt,
  provinceId: looseInt,
  cityId: looseInt,
  districtId: looseInt,
  venueAddress: looseText,
  venueType: looseText,
  managementCompany: looseText,
  hallList: list(hallItem).nullish().transform((v) => v ?? []),
});

/** A paged `data` ({dataList, page, pageSize, totalRow}). */
export const venueListData = z.object({
  dataList: z.array(venueItem).nullish().transform((v) => v ?? []),
  page: z.number().int(),
  pageSize: z.number().int(),
  totalRow: z.number().int(),
});

const emptyOrVenueCode = z
  .string()
  .refine((v) => v === '' || /^.{9}$/u.test(v), { error: 'must be empty (new venue) or 9 characters' })
  .nullish();

/** A.3.2.3 `POST /standard/venue/save` request (Table A.13), with its conditional requirements. */
export const venueSaveBody = z
  .object({
    venueCode: emptyOrVenueCode,
    provinceId: long().nullish(),
    cityId: long().nullish(),
    districtId: long().nullish(),
    venueName: optionalText(50),
    venueAddress: optionalText(200),
    hasHall: byteEnum(HAS_HALL).nullish(),
    hallName: optionalText(50),
    hasSeat: byteEnum(HAS_SEAT).nullish(),
    seatNum: int(1).nullish(),
    seatingCapacity: int(1).nullish(),
  })
  .superRefine((body, ctx) => {
    const required = (field: keyof typeof body, why: string): void => {
      const value = body[field];
      if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
        ctx.addIssue({ code: 'custom', path: [field], message: `required ${why}` });
      }
    };
    const isNew = !body.venueCode;
    if (isNew) {
      for (const field of ['provinceId', 'cityId', 'districtId', 'venueName', 'venueAddress', 'hasHall'] as const) {
        required(field, 'for a new venue');
      }
    }
    const addsHall = !isNew || body.hasHall === HAS_HALL.hasHalls;
    if (!isNew && body.hasHall === HAS_HALL.noHalls) {
      ctx.addIssue({ code: 'custom', path: ['hasHall'], message: 'must be 1 when adding a hall to a venue' });
    }
    if (addsHall) {
      required('hallName', 'to add a hall');
      required('hasSeat', 'to add a hall');
      if (body.hasSeat === HAS_SEAT.seated) required('seatNum', 'for a seated hall');
      if (body.hasSeat === HAS_SEAT.unseated) required('seatingCapacity', 'for an unseated hall');
    } else if (body.hallName) {
      ctx.addIssue({ code: 'custom', path: ['hallName'], message: 'must be empty when hasHall is 0' });
    }
  });

/** A.3.2.3 response `data` (Table A.14). */
export const venueSaveData = z.object({
  venueCode: z.string().min(1),
  hallCode: z.string().nullish(),
});

export type PerformanceType = z.output<typeof performanceType>;
export type VenueListBody = z.input<typeof venueListBody>;
export type VenueItem = z.output<typeof venueItem>;
export type HallItem = z.output<typeof hallItem>;
export type VenueListData = z.output<typeof venueListData>;
export type VenueSaveBody = z.input<typeof venueSaveBody>;
export type VenueSaveData = z.output<typeof venueSaveData>;
