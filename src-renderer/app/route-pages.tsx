import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { ScreenDef } from './screens';

/** The heading takes focus, so a screen reader announces the page and Tab starts from it. */
function Page({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <section className="screen route-page" aria-labelledby="route-page-title">
      <h1 id="route-page-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

function BackToWork({ landing }: { landing: ScreenDef | null }) {
  return landing ? (
    <p>
      <Link href={landing.path} className="button button--primary">
        Go to {landing.title}
      </Link>
    </p>
  ) : (
    <p>Your role has no screens on this desk yet: ask an administrator.</p>
  );
}

/** A screen the signed-in role may not use (a deep link or Back from another person's session): the screen itself is not shown. */
export function NoAccess({ screen, role, landing }: { screen: ScreenDef; role: string; landing: ScreenDef | null }) {
  return (
    <Page title={`You don't have access to ${screen.title}`}>
      <p>
        {screen.title} is not part of the {role}&apos;s work on this desk. If you need it, ask a supervisor or an administrator to give you a role that includes
        it.
      </p>
      <BackToWork landing={landing} />
    </Page>
  );
}

/** An address the desk does not have (mistyped, or from a newer version): said plainly, never another screen instead. */
export function NotFound({ path, landing }: { path: string; landing: ScreenDef | null }) {
  return (
    <Page title="Page not found">
      <p>
        The desk has no page at <code>#{path}</code>. Check the address, or go back to your work.
      </p>
      <BackToWork landing={landing} />
    </Page>
  );
}
