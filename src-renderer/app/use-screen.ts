import { useLocation } from 'wouter';
import { SCREENS, type ScreenDef } from './screens';

/** The screen the address is on (a claim or a claim line is on Claims), or null for an address the desk does not have. */
export function screenAt(path: string): ScreenDef | null {
  return SCREENS.find((s) => s.route.test(path)) ?? null;
}

/**
 * The current address and a way to go to a screen. Going to the screen already shown does nothing, so
 * Alt+C on a claim keeps it open; Back and Forward move through the addresses (wouter's hash location).
 */
export function useScreen(): { path: string; screen: ScreenDef | null; go(screen: ScreenDef): void } {
  const [path, navigate] = useLocation();
  const screen = screenAt(path);
  return { path, screen, go: (next) => next !== screen && navigate(next.path) };
}
