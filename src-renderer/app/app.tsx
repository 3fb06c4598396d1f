import { SignInScreen } from '../features/sign-in/sign-in-screen';
import { AppShell } from './app-shell';
import { useSession } from './client-context';
import { DeskQueryProvider } from './desk-query-provider';

/** Sign-in until there is a session; the shell after. Losing the session brings sign-in back. */
export function App() {
  const session = useSession();
  if (session.status === 'checking') {
    return (
      <main className="sign-in" aria-busy="true">
        <p className="muted">Opening the desk…</p>
      </main>
    );
  }
  if (session.status === 'signed-out' || !session.user) return <SignInScreen notice={session.notice} />;
  return <DeskQueryProvider key={session.user.username}><AppShell user={session.user} /></DeskQueryProvider>;
}
