import { z } from 'zod';
import { text } from './fields';

/** A.3.1 `POST /getAccessToken` request (Table A.4). */
export const getAccessTokenBody = z.object({
  appId: text(32),
  secret: text(100),
});

/** A.3.1 response `data` (Table A.5). `expiresIn` is also accepted as a numeric string. */
export const getAccessTokenData = z.object({
  accessToken: z.string().min(1),
  expiresIn: z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number)]),
});

/** The token every other call carries (String 40). */
export const ACCESS_TOKEN_LENGTH = 40;

export type GetAccessTokenBody = z.input<typeof getAccessTokenBody>;
export type GetAccessTokenData = z.output<typeof getAccessTokenData>;
