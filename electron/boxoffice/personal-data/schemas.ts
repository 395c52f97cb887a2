// Browser-safe: zod only.
import { z } from 'zod';

export const revealPersonInput = z.object({ personId: z.string().min(1), reason: z.string().trim().min(1, 'required').max(200) });
export type RevealPersonInput = z.input<typeof revealPersonInput>;
