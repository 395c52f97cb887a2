import { z } from 'zod';

/** The response envelope `{code, data, msg, success}`; `code` arrives as a string or a number. */
export const envelope = z.object({
  code: z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(String),
  success: z.boolean().nullish(),
  msg: z.string().nullish(),
  data: z.unknown().optional(),
});

export type Envelope = z.output<typeof envelope>;

/** The envelope as the platform writes it (the code quoted, as in the standard's example). */
export interface WireEnvelope<T = unknown> {
  code: string;
  data: T | null;
  msg: string;
  success: boolean;
}

/** The paged `data` of a list interface. */
export interface WirePage<T> {
  dataList: T[];
  page: number;
  pageSize: number;
  totalRow: number;
}
