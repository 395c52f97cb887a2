import { z } from 'zod';
import type { PerformanceTypeCheck } from '../../boxoffice/go-live/performance-types';
import { procedure, MANAGER } from './procedure';

/** A local performance's type, checked against the current platform's list (listed false: held until one is picked). */
export type PerformanceTypeCheckView = PerformanceTypeCheck;

export interface TypeCheckView {
  /** False until the platform's list was downloaded. */
  listKnown: boolean;
  performances: PerformanceTypeCheckView[];
}

const typeId = z.number().int().min(1).max(999_999_999);

/** Performance types follow the platform. */
export const goLiveProcedures = {
  'platform.typeCheck': procedure<TypeCheckView>()({ roles: MANAGER, input: z.object({}) }),
  /** Gives every performance of type `from` the type `to`, which the platform must list; their records follow. Audited. */
  'platform.retype': procedure<{ changed: string[] }>()({ roles: MANAGER, input: z.object({ from: typeId, to: typeId }) }),
};
