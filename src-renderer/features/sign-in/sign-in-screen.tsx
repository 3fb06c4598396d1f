import { useState, type FormEvent } from 'react';
import { useDeskClient } from '../../app/client-context';
import { TextField } from '../../ui/text-field';

interface SignInScreenProps {
  /** why the person is here again, e.g. "your session has ended; sign in again" */
  notice: string | null;
}

/** User name + password; Enter submits; a wrong password is said plainly and the password is cleared. */
export function SignInScreen({ notice }: SignInScreenProps) {
  const client = useDeskClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (pending) return;
    if (!username.trim() || !password) {
      setError(!username.trim() ? 'Type your user name.' : 'Type your password.');
      return;
    }
    setPending(true);
    const result = await client.signIn(username, password);
    setPending(false);
    if (!result.ok) {
      setError(result.error.code === 'UNAUTHENTICATED' ? 'User name or password is wrong. Check both and try again.' : result.error.message);
      setPassword('');
    }
  }

  return (
    <main className="sign-in">
      <form className="panel sign-in__panel" onSubmit={submit} noValidate aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Drawback Desk</h1>
        <p className="muted">Sign in to receive and track drawback stock.</p>
        {notice && !error && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {error && (
          <p className="error-summary" role="alert">
            {error}
          </p>
        )}
        <TextField form="sign-in" name="username" label="User name" value={username} onValue={setUsername} autoComplete="username" autoFocus spellCheck={false} autoCapitalize="off" />
        <TextField form="sign-in" name="password" label="Password" type="password" value={password} onValue={setPassword} autoComplete="current-password" />
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
