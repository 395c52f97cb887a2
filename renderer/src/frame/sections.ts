import type { Role } from '../../../electron/server/contract';
import type { Section } from '../stores/route-store';

/** Which sections each role may open, in the order the navigation shows them, with their shortcut digit. */
export const SECTIONS: readonly { id: Section; roles: readonly Role[]; key: string }[] = [
  { id: 'sell', roles: ['manager', 'clerk'], key: '1' },
  { id: 'gate', roles: ['manager', 'gate'], key: '2' },
  { id: 'manage', roles: ['manager'], key: '3' },
];

export const sectionsFor = (role: Role) => SECTIONS.filter((section) => section.roles.includes(role));
