import type { Page } from '@playwright/test';

/** GS, the GS1 group separator a scanner sends after a variable-length field. */
export const GS = '\x1d';

/**
 * Types like a keyboard-wedge scanner: each key as a real Chromium key event (CDP
 * Input.dispatchKeyEvent), stamped `gapMs` apart. The stamps, not the wall clock, are what the page
 * sees as event.timeStamp, so a busy test machine that delivers the keys late cannot turn a 5 ms
 * scanner burst into slow typing (Playwright's keyboard.type waits between keys on the wall clock).
 * `\n` is sent as Enter and GS as Ctrl+], the way wedge scanners send it.
 */
export async function typeAsScanner(page: Page, text: string, gapMs = 5): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  let at = Date.now() / 1000;
  const key = async (type: 'keyDown' | 'keyUp', k: { key: string; code: string; vk: number; text?: string; modifiers?: number }) => {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key: k.key,
      code: k.code,
      windowsVirtualKeyCode: k.vk,
      text: type === 'keyDown' ? k.text : undefined,
      modifiers: k.modifiers ?? 0,
      timestamp: at,
    });
  };
  try {
    for (const char of text) {
      if (char === '\n') {
        await key('keyDown', { key: 'Enter', code: 'Enter', vk: 13, text: '\r' });
        await key('keyUp', { key: 'Enter', code: 'Enter', vk: 13 });
      } else if (char === GS) {
        await key('keyDown', { key: 'Control', code: 'ControlLeft', vk: 17, modifiers: 2 });
        await key('keyDown', { key: ']', code: 'BracketRight', vk: 221, modifiers: 2 });
        await key('keyUp', { key: ']', code: 'BracketRight', vk: 221, modifiers: 2 });
        await key('keyUp', { key: 'Control', code: 'ControlLeft', vk: 17 });
      } else {
        const upper = char.toUpperCase();
        const letter = /[A-Z]/.test(upper);
        const digit = /[0-9]/.test(char);
        const code = letter ? `Key${upper}` : digit ? `Digit${char}` : '';
        const vk = letter || digit ? upper.charCodeAt(0) : 0;
        await key('keyDown', { key: char, code, vk, text: char });
        await key('keyUp', { key: char, code, vk });
      }
      at += gapMs / 1000;
    }
  } finally {
    await cdp.detach();
  }
}
