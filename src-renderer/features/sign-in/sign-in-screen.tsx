import { useState, type FormEvent } from 'react';
import { useDeskClient } from '../../app/client-context';
import { Field } from '../../ui/field';

interface SignInScreenProps {
  /** why the person is here again, e.g. "your session has ended; sign in again" */
  notice: string | null;
}

/**
 * User name + password; Enter submits; a wrong password is said plainly and the password is cleared.
 * (Not a react-hook-form form: two fields and one message, and signing in goes through the client's session, not a mutation.)
 */
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
        <Field form="sign-in" name="username" label="User name">
          {(control) => (
            <input
              {...control}
              name="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              autoComplete="username"
              autoFocus
              spellCheck={false}
              autoCapitalize="off"
            />
          )}
        </Field>
        <Field form="sign-in" name="password" label="Password">
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
            />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
