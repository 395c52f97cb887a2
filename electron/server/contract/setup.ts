import { z } from 'zod';
import type { ChecklistView, SetupStep } from '../../boxoffice/setup/checklist';
import { procedure, MANAGER } from './procedure';

/** The first-run checklist: what of the setup is done, and the next step. */
export const setupProcedures = {
  'setup.checklist': procedure<ChecklistView>()({ roles: MANAGER, input: z.object({}) }),
};

export type { ChecklistView, SetupStep };
