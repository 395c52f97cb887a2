import { z } from 'zod';
import { procedure, ALL_ROLES, MANAGER, type Role } from './procedure';

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
}

export interface SessionInfo {
  user: UserSummary;
  expiresAt: number;
}

const username = z.string().trim().min(1, 'required').max(32, 'at most 32 characters');
const secret = z.string().min(1, 'required').max(128, 'at most 128 characters');
const displayName = z.string().trim().min(1, 'required').max(50, 'at most 50 characters');
const newSecret = z
  .string()
  .max(128, 'at most 128 characters')
  .refine((s) => /^\d{4,12}$/.test(s) || s.length >= 8, 'a PIN of 4-12 digits or a password of at least 8 characters');
const newUsername = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(32, 'at most 32 characters')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'letters, digits, dot, dash and underscore only');
const role = z.enum(['manager', 'clerk', 'gate']);

export const authProcedures = {
  /** Whether the box office has any user yet (the first-run screen offers only "create the manager"). */
  'setup.status': procedure<{ needsFirstManager: boolean }>()({ roles: 'public', input: z.object({}) }),
  'setup.createFirstManager': procedure<SessionInfo>()({
    roles: 'public',
    input: z.object({ username: newUsername, displayName, secret: newSecret }),
  }),
  'auth.login': procedure<SessionInfo>()({ roles: 'public', input: z.object({ username, secret }) }),
  'auth.logout': procedure<{ ok: true }>()({ roles: ALL_ROLES, input: z.object({}) }),
  'auth.me': procedure<SessionInfo>()({ roles: ALL_ROLES, input: z.object({}) }),
  'users.list': procedure<UserSummary[]>()({ roles: MANAGER, input: z.object({}) }),
  'users.create': procedure<UserSummary>()({ roles: MANAGER, input: z.object({ username: newUsername, displayName, role, secret: newSecret }) }),
  'users.resetSecret': procedure<{ ok: true }>()({ roles: MANAGER, input: z.object({ userId: z.string().min(1), secret: newSecret }) }),
  'users.setActive': procedure<UserSummary>()({ roles: MANAGER, input: z.object({ userId: z.string().min(1), active: z.boolean() }) }),
};

export const authSchemas = { newUsername, newSecret, displayName, role };
