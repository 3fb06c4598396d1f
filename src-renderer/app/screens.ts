import { contract, type Channel } from '../../src-shared/contract';
import { roleAllows, type Role } from '../../src-shared/roles';
import { CLAIMS_ROUTE, POST_ENTRY_ROUTE } from './routes';

/**
 * The screens of the desk and who may use them. A screen declares the channels it cannot open
 * without; whether a role may use it is read from the contract's least role for those channels (the
 * one table main enforces), so the shell never keeps a second list of roles per screen.
 */
export interface ScreenDef {
  id: 'receiving' | 'inventory' | 'claims' | 'post-entry';
  title: string;
  /** the screen's own address (the nav link, a shortcut's target) */
  path: `/${string}`;
  /** every address the screen answers (Claims also answers a claim and a claim line) */
  route: RegExp;
  /** the channels the screen loads its work from: without them it would show nothing but refusals */
  opensWith: Channel[];
  /** navigation shortcuts: the first is shown in the tab */
  keys: { label: string; code: string; alt?: boolean }[];
}

export type ScreenId = ScreenDef['id'];

export const SCREENS: readonly ScreenDef[] = [
  {
    id: 'receiving',
    title: 'Receiving',
    path: '/receiving',
    route: /^\/receiving\/?$/,
    opensWith: ['receiving:create-receipt', 'locations:list', 'items:list'],
    keys: [
      { label: 'Alt+R', code: 'KeyR', alt: true },
      { label: 'F2', code: 'F2' },
    ],
  },
  {
    id: 'inventory',
    title: 'Inventory',
    path: '/inventory',
    route: /^\/inventory\/?$/,
    opensWith: ['inventory:balances'],
    keys: [
      { label: 'Alt+I', code: 'KeyI', alt: true },
      { label: 'F3', code: 'F3' },
    ],
  },
  {
    id: 'claims',
    title: 'Claims',
    path: '/claims',
    route: CLAIMS_ROUTE,
    opensWith: ['claims:list', 'claims:get'],
    keys: [
      { label: 'Alt+C', code: 'KeyC', alt: true },
      { label: 'F4', code: 'F4' },
    ],
  },
  {
    // compliance work after the broker files: the queue, an entry's detail, the broker dashboard
    id: 'post-entry',
    title: 'Post-entry',
    path: '/post-entry',
    route: POST_ENTRY_ROUTE,
    opensWith: ['post-entry:deadlines', 'post-entry:messages', 'post-entry:settings'],
    // no function key: F5 reloads and F6 is the browser's own
    keys: [{ label: 'Alt+P', code: 'KeyP', alt: true }],
  },
];

/** Whether main lets this role call the channel (the contract's least role; 'public' is everyone's, 'system' no one's). */
export function mayCall(role: Role, channel: Channel): boolean {
  const least = contract[channel].role;
  if (least === 'system') return false; // the CLI's own channels: no session may call them
  return least === 'public' || roleAllows(role, least);
}

export function mayUse(role: Role, screen: ScreenDef): boolean {
  return screen.opensWith.every((c) => mayCall(role, c));
}

export function screensFor(role: Role): ScreenDef[] {
  return SCREENS.filter((s) => mayUse(role, s));
}

export function screenById(id: ScreenId): ScreenDef {
  return SCREENS.find((s) => s.id === id)!;
}

/**
 * Where each role's work is, first choice first; the first of these it may use is where it lands
 * after sign-in, else its first screen. Which screen is a role's own work is a product decision, not
 * a permission, so it is listed here.
 */
const WORK: Record<Role, ScreenId[]> = {
  clerk: ['receiving'],
  specialist: ['claims'],
  // An approvals inbox (claims waiting for approval) does not exist yet: a supervisor approves from Claims.
  supervisor: ['claims'],
  // Settings does not exist yet: an admin lands on the first screen it may use.
  admin: [],
};

export function landingFor(role: Role): ScreenDef | null {
  const allowed = screensFor(role);
  return WORK[role].map(screenById).find((s) => allowed.includes(s)) ?? allowed[0] ?? null;
}

/**
 * Whether the desk offers an action to this role. A four-eyes action (main asks for the approval of a
 * supervisor other than the person asking) is offered only to those who could approve one themselves:
 * the screens leave releasing stock from drawback to supervisors (issue 11: "a clerk sees no enabled
 * Release button"), though main would still take a clerk's request that carries a supervisor's approval.
 */
export function mayDo(role: Role, channel: Channel, { fourEyes = false } = {}): boolean {
  return mayCall(role, channel) && (!fourEyes || roleAllows(role, 'supervisor'));
}
