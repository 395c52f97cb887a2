import { z } from 'zod';
import { procedure, MANAGER } from './procedure';

/** A local performance's type, checked against the current platform's list. */
export interface PerformanceTypeCheckView {
  performanceId: string;
  name: string;
  typeId: number;
  typeName: string | null;
  /** False: the platform does not list the type, and nothing of the performance is sent until one is picked. */
  listed: boolean;
}

export interface TypeCheckView {
  /** False until the platform's list was downloaded (then every type is accepted). */
  listKnown: boolean;
  performances: PerformanceTypeCheckView[];
}

const typeId = z.number().int().min(1).max(999_999_999);

/** Performance types follow the platform (issue 13). */
export const goLiveProcedures = {
  'platform.typeCheck': procedure<TypeCheckView>()({ roles: MANAGER, input: z.object({}) }),
  /** Gives every performance of type `from` the type `to`, which the platform must list; their records follow. Audited. */
  'platform.retype': procedure<{ changed: string[] }>()({ roles: MANAGER, input: z.object({ from: typeId, to: typeId }) }),
};
