import { z } from 'zod';
import { procedure, ALL_ROLES, MANAGER, type Role } from './procedure';
import { v } from './validation-messages';
import { strongEnoughForManager } from '../auth/pin-policy';

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
  /** Set at login when a manager's PIN is shorter than the rule (6 digits): the window asks for a new one. */
  mustChangePin?: true;
}

const username = z.string().trim().min(1).max(32);
const secret = z.string().min(1).max(128);
const displayName = z.string().trim().min(1).max(50);
const newSecret = z
  .string()
  .max(128)
  .refine((s) => /^\d{4,12}$/.test(s) || s.length >= 8, v('pinFormat'));
// A manager unlocks everything (refunds, platform secrets, personal data): the first one too, from the first screen.
const newManagerSecret = z.string().max(128).refine(strongEnoughForManager, v('managerPinFormat'));
const newUsername = z
  .string()
  .trim()
  .min(2)
  .max(32)
  .regex(/^[\p{L}\p{N}._-]+$/u, v('usernameChars'));
const role = z.enum(['manager', 'clerk', 'gate']);

export const authProcedures = {
  /** Whether the box office has any user yet (the first-run screen offers only "create the manager"). */
  'setup.status': procedure<{ needsFirstManager: boolean }>()({ roles: 'public', input: z.object({}) }),
  'setup.createFirstManager': procedure<SessionInfo>()({
    roles: 'public',
    input: z.object({ username: newUsername, displayName, secret: newManagerSecret }),
  }),
  'auth.login': procedure<SessionInfo>()({ roles: 'public', input: z.object({ username, secret }) }),
  'auth.logout': procedure<{ ok: true }>()({ roles: ALL_ROLES, input: z.object({}) }),
  /** The current login, or null: public so that the login screen can ask without being a refusal. */
  'auth.session': procedure<SessionInfo | null>()({ roles: 'public', input: z.object({}) }),
  'users.list': procedure<UserSummary[]>()({ roles: MANAGER, input: z.object({}) }),
  'users.create': procedure<UserSummary>()({ roles: MANAGER, input: z.object({ username: newUsername, displayName, role, secret: newSecret }) }),
  'users.resetSecret': procedure<{ ok: true }>()({ roles: MANAGER, input: z.object({ userId: z.string().min(1), secret: newSecret }) }),
  'users.setActive': procedure<UserSummary>()({ roles: MANAGER, input: z.object({ userId: z.string().min(1), active: z.boolean() }) }),
  /** Changes one's own PIN (the current one checked like a login); every other login of the user ends. */
  'auth.changeOwnPin': procedure<SessionInfo>()({ roles: ALL_ROLES, input: z.object({ current: secret, next: newSecret }) }),
  /** Lifts every login lock and slow-down of a user (after someone guessed at their PIN). */
  'users.unlockLogin': procedure<{ ok: true }>()({ roles: MANAGER, input: z.object({ userId: z.string().min(1).max(64) }) }),
};

export const authSchemas = { newUsername, newSecret, newManagerSecret, displayName, role };
