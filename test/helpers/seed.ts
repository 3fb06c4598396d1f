import type { ChannelInput, SyncChannel } from '../../src-shared/contract';
import type { Role } from '../../src-shared/roles';
import { findUser } from '../../src-main/ledger/repos/users-repo';
import type { Desk } from '../../src-main/composition-root';
import type { Actor } from '../../src-main/services/service-context';

/** Demo-like seed data for tests: who works the desk, the bins, the item master, three entries. */
export const SEED_USERS = {
  clerk: { username: 'dana', displayName: 'Dana Receiving', role: 'clerk', password: 'dana-clerk-pw' },
  specialist: { username: 'sam', displayName: 'Sam Drawback', role: 'specialist', password: 'sam-specialist-pw' },
  supervisor: { username: 'pat', displayName: 'Pat Supervisor', role: 'supervisor', password: 'pat-supervisor-pw' },
  admin: { username: 'alex', displayName: 'Alex Admin', role: 'admin', password: 'alex-admin-pw' },
} as const satisfies Record<string, { username: string; displayName: string; role: Role; password: string }>;

export type SeedActors = Record<keyof typeof SEED_USERS | 'system', Actor>;

export const BINS = {
  dock: 'DOCK',
  shelf: 'A-01-01',
  cage: 'DB-CAGE-1',
  cage2: 'DB-CAGE-2',
} as const;

export const SKUS = {
  tee: 'TSHIRT-COT-M',
  jeans: 'JEANS-DNM-32',
  bolt: 'BOLT-M8-ZN',
  flour: 'FLOUR-25',
} as const;

export const ENTRIES = {
  /** line 1: 1,000 T-shirts, $5,000.00 duty; line 2: 600 jeans */
  a: '2023-000123',
  /** line 1: 20,000 bolts; line 2: 120 dozen T-shirts */
  b: '2023-000187',
  /** line 1: 500 kg flour */
  c: '2024-000042',
} as const;

export function seedLedger(desk: Desk): SeedActors {
  const call = <C extends SyncChannel>(channel: C, input: ChannelInput<C>) => {
    const result = desk.dispatch(channel, input, { actor: desk.system });
    if (!result.ok) throw new Error(`seed ${channel}: ${result.error.message}`);
    return result.value;
  };
  for (const user of Object.values(SEED_USERS)) call('users:add', user);
  call('locations:add', { code: BINS.dock, description: 'Receiving dock', drawbackSegregated: false });
  call('locations:add', { code: BINS.shelf, description: 'Aisle A bay 1', drawbackSegregated: false });
  call('locations:add', { code: BINS.cage, description: 'Drawback cage 1', drawbackSegregated: true });
  call('locations:add', { code: BINS.cage2, description: 'Drawback cage 2', drawbackSegregated: true });
  call('items:add', { sku: SKUS.tee, description: "Men's cotton T-shirt M", hts: '6109.10.0012', countryOfOrigin: 'VN', uom: 'EA' });
  call('items:add', { sku: SKUS.jeans, description: 'Denim trousers 32', hts: '6203.42.4011', countryOfOrigin: 'BD', uom: 'EA' });
  call('items:add', { sku: SKUS.bolt, description: 'Steel bolt M8', hts: '7318.15.2095', countryOfOrigin: 'CN', uom: 'EA' });
  call('items:add', { sku: SKUS.flour, description: 'Wheat flour', hts: '1101.00.0000', countryOfOrigin: 'CA', uom: 'KG' });
  const common = { entryType: '01', portCode: '2704', importer: 'Northwind Apparel Inc.', broker: 'Harbor Customs Brokers' } as const;
  call('entries:add', {
    ...common,
    entryNumber: ENTRIES.a,
    entryDate: '2023-05-02',
    importDate: '2023-05-01',
    lines: [
      { lineNumber: 1, hts: '6109.10.0012', quantity: 1000, uom: 'EA', enteredValue: '30120.00', duty: '5000.00', mpf: '104.22', hmf: '37.65' },
      { lineNumber: 2, hts: '6203.42.4011', quantity: 600, uom: 'EA', enteredValue: '14400.00', duty: '2419.20' },
    ],
  });
  call('entries:add', {
    ...common,
    entryNumber: ENTRIES.b,
    entryDate: '2023-08-15',
    importDate: '2023-08-14',
    lines: [
      { lineNumber: 1, hts: '7318.15.2095', quantity: 20000, uom: 'EA', enteredValue: '4200.00', duty: '260.40' },
      { lineNumber: 2, hts: '6109.10.0012', quantity: 120, uom: 'DZ', enteredValue: '7200.00', duty: '1195.20' },
    ],
  });
  call('entries:add', {
    ...common,
    entryNumber: ENTRIES.c,
    entryDate: '2024-02-20',
    importDate: '2024-02-19',
    lines: [{ lineNumber: 1, hts: '1101.00.0000', quantity: 500, uom: 'KG', enteredValue: '400.00', duty: '0' }],
  });
  return seedActors(desk);
}

/** The seeded users as actors of this desk (the CLI way of calling: no sign-in). */
export function seedActors(desk: Desk): SeedActors {
  const actor = (username: string): Actor => {
    const row = findUser(desk.ledger.sqlite, username);
    if (!row) throw new Error(`the ledger has no seeded user ${username}`);
    return { userId: row.id, username: row.username, role: row.role };
  };
  return {
    clerk: actor(SEED_USERS.clerk.username),
    specialist: actor(SEED_USERS.specialist.username),
    supervisor: actor(SEED_USERS.supervisor.username),
    admin: actor(SEED_USERS.admin.username),
    system: desk.system,
  };
}

/** A receipt request with sensible defaults: one T-shirt from entry A line 1 onto the shelf. */
export function receipt(overrides: Partial<ChannelInput<'receiving:create-receipt'>> = {}): ChannelInput<'receiving:create-receipt'> {
  return { entryNumber: ENTRIES.a, lineNumber: 1, sku: SKUS.tee, lotCode: 'LOT-1', quantity: 1, uom: 'EA', locationCode: BINS.shelf, ...overrides };
}

/** A second person's approval at the desk (four eyes): the seeded supervisor's, or the admin's when the supervisor asks. */
export const APPROVED_BY = {
  supervisor: { supervisorUsername: SEED_USERS.supervisor.username, supervisorPassword: SEED_USERS.supervisor.password },
  admin: { supervisorUsername: SEED_USERS.admin.username, supervisorPassword: SEED_USERS.admin.password },
} as const;
