import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { SignInScreen } from '../features/sign-in/sign-in-screen';
import { AppShell } from './app-shell';
import { useSession } from './client-context';
import { DeskQueryProvider } from './desk-query-provider';

/**
 * Sign-in until there is a session; the shell after. Losing the session brings sign-in back, and the
 * address stays, so signing in again returns to the same claim line. The router reads the address
 * after the `#`: it works from the Electron app's file:// page and in browser mode alike.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Desk />
    </Router>
  );
}

function Desk() {
  const session = useSession();
  if (session.status === 'checking') {
    return (
      <main className="sign-in" aria-busy="true">
        <p className="muted">Opening the desk…</p>
      </main>
    );
  }
  if (session.status === 'signed-out' || !session.user) return <SignInScreen notice={session.notice} />;
  return (
    <DeskQueryProvider key={session.user.username}>
      <AppShell user={session.user} />
    </DeskQueryProvider>
  );
}
