import { useEffect } from 'react';
import { ClaimsScreen } from '../features/claims/claims-screen';
import { InventoryScreen } from '../features/inventory/inventory-screen';
import { ReceivingScreen } from '../features/receiving/receiving-screen';
import type { UserSummary } from '../../src-shared/domain/ledger';
import { useDeskClient, useSession } from './client-context';
import { SCREENS, useScreen, type Screen } from './use-screen';
import { useShortcuts, type Shortcut } from './use-shortcuts';
import './shell.css';

const TITLES: Record<Screen, string> = { receiving: 'Receiving', inventory: 'Inventory', claims: 'Claims' };
const KEYS: Record<Screen, string[]> = { receiving: ['Alt+R', 'F2'], inventory: ['Alt+I', 'F3'], claims: ['Alt+C', 'F4'] };

/** Navigation, who is signed in, sign-out, and the keyboard shortcuts (listed in the footer). */
export function AppShell({ user }: { user: UserSummary }) {
  const client = useDeskClient();
  const { waitingForLedger } = useSession();
  const [screen, go] = useScreen();
  const signOut = () => void client.signOut();
  const shortcuts: (Shortcut & { what: string })[] = [
    { label: 'Alt+R', codes: ['KeyR'], alt: true, run: () => go('receiving'), what: 'Receiving' },
    { label: 'F2', codes: ['F2'], run: () => go('receiving'), what: 'Receiving' },
    { label: 'Alt+I', codes: ['KeyI'], alt: true, run: () => go('inventory'), what: 'Inventory' },
    { label: 'F3', codes: ['F3'], run: () => go('inventory'), what: 'Inventory' },
    { label: 'Alt+C', codes: ['KeyC'], alt: true, run: () => go('claims'), what: 'Claims' },
    { label: 'F4', codes: ['F4'], run: () => go('claims'), what: 'Claims' },
    { label: 'Alt+Q', codes: ['KeyQ'], alt: true, run: signOut, what: 'Sign out' },
  ];
  useShortcuts(shortcuts);

  useEffect(() => {
    document.title = `${TITLES[screen]} · Drawback Desk`;
  }, [screen]);

  return (
    <div className="shell">
      <header className="shell__header">
        <span className="shell__brand">Drawback Desk</span>
        <nav aria-label="Screens" className="shell__nav">
          {SCREENS.map((s) => (
            <a
              key={s}
              href={`#/${s}`}
              aria-current={screen === s ? 'page' : undefined}
              aria-keyshortcuts={KEYS[s].join(' ')}
              onClick={(e) => (e.preventDefault(), go(s))}
            >
              {TITLES[s]} <kbd>{KEYS[s][0]}</kbd>
            </a>
          ))}
        </nav>
        <div className="shell__user">
          <span>
            Signed in as <strong>{user.displayName}</strong> <span className="role-badge">{user.role}</span>
          </span>
          <button type="button" className="button" onClick={signOut} aria-keyshortcuts="Alt+Q">
            Sign out <kbd>Alt+Q</kbd>
          </button>
        </div>
      </header>
      <main className="shell__main">
        <p role="status" className="shell__waiting" hidden={!waitingForLedger}>
          {waitingForLedger ? 'Waiting for the ledger: it is busy with another job (such as an import). Your request will be sent again in a moment…' : ''}
        </p>
        {screen === 'receiving' ? <ReceivingScreen key="receiving" /> : screen === 'inventory' ? <InventoryScreen key="inventory" /> : <ClaimsScreen key="claims" />}
      </main>
      <footer className="shell__footer" aria-label="Keyboard shortcuts">
        {shortcuts.map((s) => (
          <span key={s.label}>
            <kbd>{s.label}</kbd> {s.what}
          </span>
        ))}
        <span>
          <kbd>Enter</kbd> submit
        </span>
        <span>
          <kbd>Esc</kbd> close panel
        </span>
      </footer>
    </div>
  );
}
