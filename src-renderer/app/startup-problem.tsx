/** Shown instead of the desk when it cannot reach main at all (e.g. browser mode without its token). */
export function StartupProblem({ message }: { message: string }) {
  return (
    <main className="sign-in">
      <div className="panel sign-in__panel" role="alert">
        <h1>Drawback Desk cannot start</h1>
        <p>{message}</p>
      </div>
    </main>
  );
}
