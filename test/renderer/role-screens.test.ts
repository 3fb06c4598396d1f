import { describe, expect, it } from 'vitest';
import { claimsSelection, CLAIMS_ROUTE, paths, POST_ENTRY_ROUTE, postEntrySelection } from '../../src-renderer/app/routes';
import { landingFor, mayDo, screensFor } from '../../src-renderer/app/screens';
import { screenAt } from '../../src-renderer/app/use-screen';

const ids = (role: Parameters<typeof screensFor>[0]) => screensFor(role).map((s) => s.id);

describe('which screens each role sees, read from the contract', () => {
  it("a clerk has Receiving and Inventory, not Claims nor Post-entry (claims:list and the post-entry channels are a specialist's)", () => {
    expect(ids('clerk')).toEqual(['receiving', 'inventory']);
  });
  it('specialists, supervisors and admins have every screen', () => {
    for (const role of ['specialist', 'supervisor', 'admin'] as const) expect(ids(role)).toEqual(['receiving', 'inventory', 'claims', 'post-entry']);
  });
  it('each role lands on its own work', () => {
    expect(landingFor('clerk')?.id).toBe('receiving');
    expect(landingFor('specialist')?.id).toBe('claims');
    expect(landingFor('supervisor')?.id).toBe('claims');
    expect(landingFor('admin')?.id).toBe('receiving');
  });
  it('releasing from drawback (four eyes) is offered to supervisors and admins only', () => {
    const offered = (['clerk', 'specialist', 'supervisor', 'admin'] as const).filter((r) => mayDo(r, 'inventory:release-preserved', { fourEyes: true }));
    expect(offered).toEqual(['supervisor', 'admin']);
    expect(mayDo('clerk', 'receiving:create-receipt')).toBe(true);
    expect(mayDo('specialist', 'claims:approve')).toBe(false);
  });
});

describe('addresses', () => {
  it('a claim and a claim line are Claims addresses; anything else under /claims is not', () => {
    const groups = (p: string) => CLAIMS_ROUTE.exec(p)?.groups;
    expect(claimsSelection(groups(paths.claimLine('DD-2026-0001', 12))!)).toEqual({ claimNumber: 'DD-2026-0001', lineNo: 12 });
    expect(claimsSelection(groups(paths.claim('DD-2026-0001'))!)).toEqual({ claimNumber: 'DD-2026-0001', lineNo: null });
    expect(claimsSelection(groups('/claims')!)).toEqual({ claimNumber: null, lineNo: null });
    for (const p of ['/claims/DD-2026-0001/lines/0', '/claims/DD-2026-0001/lines/x', '/claims/DD-2026-0001/other', '/claimsx']) expect(screenAt(p)).toBeNull();
    expect(screenAt('/receiving')?.id).toBe('receiving');
  });
  it('the post-entry queue, an entry and the broker dashboard are Post-entry addresses', () => {
    const groups = (p: string) => POST_ENTRY_ROUTE.exec(p)?.groups ?? {};
    expect(postEntrySelection(groups(paths.postEntry()))).toEqual({ view: 'queue' });
    expect(postEntrySelection(groups(paths.postEntryEntry('HCB-0000202-5')))).toEqual({ view: 'entry', entryNumber: 'HCB-0000202-5' });
    expect(postEntrySelection(groups(paths.postEntryBrokers()))).toEqual({ view: 'brokers' });
    for (const p of ['/post-entry/entries', '/post-entry/other', '/post-entryx', '/post-entry/entries/A/B']) expect(screenAt(p)).toBeNull();
    expect(screenAt('/post-entry/entries/HCB-0000202-5')?.id).toBe('post-entry');
    expect(screenAt('/nowhere')).toBeNull();
  });
});
