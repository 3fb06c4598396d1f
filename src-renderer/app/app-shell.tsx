import { useEffect, type ReactNode } from 'react';
import { Link, Redirect, Route, Switch } from 'wouter';
import { navigate } from 'wouter/use-hash-location';
import { ClaimsScreen } from '../features/claims/claims-screen';
import { InventoryScreen } from '../features/inventory/inventory-screen';
import { ReceivingScreen } from '../features/receiving/receiving-screen';
import { AlertsBadge } from '../features/post-entry/alerts-badge';
import { PostEntryScreen } from '../features/post-entry/post-entry-screen';
import type { UserSummary } from '../../src-shared/domain/ledger';
import { useDeskClient, useSession } from './client-context';
import { NoAccess, NotFound } from './route-pages';
import { claimsSelection, postEntrySelection } from './routes';
import { landingFor, mayUse, SCREENS, screensFor, type ScreenId } from './screens';
import { useScreen } from './use-screen';
import { useShortcuts, type Shortcut } from './use-shortcuts';
import './shell.css';

/** Each screen as the router shows it; Claims takes the claim and line from the address, Post-entry its view. */
const RENDER: Record<ScreenId, (params: Record<string, string | undefined>, user: UserSummary) => ReactNode> = {
  receiving: () => <ReceivingScreen />,
  inventory: () => <InventoryScreen />,
  claims: (params) => <ClaimsScreen {...claimsSelection(params)} />,
  'post-entry': (params, user) => <PostEntryScreen view={postEntrySelection(params)} username={user.username} />,
};

/**
 * Navigation for the signed-in role, who is signed in, sign-out, the keyboard shortcuts (listed in the
 * footer) and the router: each address shows its screen, "no access" for a screen the role may not
 * use, or "not found"; the bare address sends each role to its own work.
 */
export function AppShell({ user }: { user: UserSummary }) {
  const client = useDeskClient();
  const { waitingForLedger } = useSession();
  const { path, screen, go } = useScreen();
  const allowed = screensFor(user.role);
  const landing = landingFor(user.role);
  // Signing out leaves the bare address, so whoever signs in next lands on their own work.
  const signOut = () => void client.signOut().then(() => navigate('/', { replace: true }));
  const shortcuts: (Shortcut & { what: string })[] = [
    ...allowed.flatMap((s) => s.keys.map((k) => ({ label: k.label, codes: [k.code], alt: k.alt, run: () => go(s), what: s.title }))),
    { label: 'Alt+Q', codes: ['KeyQ'], alt: true, run: signOut, what: 'Sign out' },
  ];
  useShortcuts(shortcuts);

  const shown = screen && mayUse(user.role, screen) ? screen.title : screen ? 'No access' : path === '/' ? landing?.title : 'Page not found';
  useEffect(() => {
    document.title = `${shown ?? 'Drawback Desk'} · Drawback Desk`;
  }, [shown]);

  return (
    <div className="shell">
      <header className="shell__header">
        <span className="shell__brand">Drawback Desk</span>
        <nav aria-label="Screens" className="shell__nav">
          {allowed.map((s) => (
            <Link
              key={s.id}
              href={s.path}
              aria-current={screen === s ? 'page' : undefined}
              aria-keyshortcuts={s.keys.map((k) => k.label).join(' ')}
              onClick={(e) => screen === s && e.preventDefault()}
            >
              {s.title} <kbd>{s.keys[0]!.label}</kbd>
            </Link>
          ))}
          {allowed.some((s) => s.id === 'post-entry') && <AlertsBadge username={user.username} />}
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
        <Switch>
          <Route path="/">{landing ? <Redirect to={landing.path} replace /> : <NotFound path={path} landing={null} />}</Route>
          {SCREENS.map((s) => (
            <Route key={s.id} path={s.route}>
              {(params) => (mayUse(user.role, s) ? RENDER[s.id](params, user) : <NoAccess screen={s} role={user.role} landing={landing} />)}
            </Route>
          ))}
          <Route>
            <NotFound path={path} landing={landing} />
          </Route>
        </Switch>
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
