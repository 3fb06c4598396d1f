import { app, BrowserWindow, dialog, ipcMain, Notification, safeStorage, session, shell } from 'electron';
import { alertNotifications } from './alert-notifications';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appAuditKeySource } from '../../ledger/audit/key-sources';
import { createDesk, type Desk } from '../../composition-root';
import { loadDemoData } from '../demo-data';
import { ensureFirstAdmin } from '../shared/first-admin';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';
import { defaultLedgerPath } from '../shared/paths';
import type { EventPayloads } from '../../../src-shared/contract';
import type { PostEntryAlert } from '../../../src-shared/domain/post-entry';

/**
 * The Electron shell: the only file (with the preload) that imports electron. It builds the desk at
 * the composition root and carries the contract over one IPC handler that trusts only our window.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const demo = process.argv.includes('--demo');
const rendererIndex = join(here, '../renderer/index.html');
let desk: Desk;
let mainWindow: BrowserWindow | null = null;

function sqliteBindingForElectron(): string | undefined {
  // better-sqlite3 built against Electron's ABI lives apart from the Node build the CLI and tests use.
  const candidate = process.env.DRAWBACK_DESK_SQLITE_BINDING ?? join(process.resourcesPath, 'native', 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * Audit keys live in the OS keychain: key files encrypted by safeStorage in userData. Linux's
 * "basic_text" backend is a fixed password, no keychain: there a plain owner-only key file is as good
 * and says what it is. (The synchronous calls: the desk is composed synchronously at start.)
 */
function auditKeys() {
  return appAuditKeySource(app.getPath('userData'), {
    name: 'the OS keychain (Electron safeStorage)',
    available: () => safeStorage.isEncryptionAvailable() && (process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text'),
    encrypt: (text) => safeStorage.encryptString(text),
    decrypt: (data) => safeStorage.decryptString(data),
  });
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'Drawback Desk',
    webPreferences: {
      preload: join(here, '../preload/preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  // No new windows, no navigation away from our own screens; links open in the system browser.
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https:')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  mainWindow.webContents.on('will-navigate', (event) => event.preventDefault());
  void mainWindow.loadFile(rendererIndex);
}

app.whenReady().then(() => {
  const dbPath = defaultLedgerPath(demo);
  try {
    // The first start creates the ledger where no file is; an existing file that is not a ledger, or
    // a ledger whose audit key is missing, is refused with what to do, never turned into a new ledger.
    desk = createDesk(dbPath, { nativeBinding: sqliteBindingForElectron(), create: true, auditKeys: auditKeys() });
  } catch (error) {
    dialog.showErrorBox('Drawback Desk cannot open its ledger', error instanceof Error ? error.message : String(error));
    app.quit();
    return;
  }
  if (demo && desk.ledger.created) loadDemoData(desk);
  void desk.startDevices().catch((error: unknown) => console.error('starting the scanners failed', error));
  const firstAdmin = ensureFirstAdmin(desk);
  if (firstAdmin) console.log(`first sign-in: ${firstAdmin.username} / ${firstAdmin.password}`);

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, permission, allow) => allow(permission === 'media'));

  ipcMain.handle('desk:invoke', (event, message: { channel?: unknown; input?: unknown; session?: unknown }) => {
    // Only our own window, showing our own file, may call main.
    if (!mainWindow || event.sender !== mainWindow.webContents || !event.senderFrame?.url.startsWith('file://')) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'untrusted sender' } };
    }
    return desk.invoke(String(message?.channel), message?.input, { token: typeof message?.session === 'string' ? message.session : undefined, door: 'app' });
  });
  desk.onEvent((name, payload) => mainWindow?.webContents.send(name, payload));
  desk.onEvent((name, payload) => {
    if (name === 'post-entry:alert') notify((payload as EventPayloads['post-entry:alert']).alerts);
  });
  createWindow();
});

/**
 * A critical status message or a deadline come within the alert days, as a desktop notification
 * (Electron's main-process Notification: seen with the window behind others). Clicking one brings the
 * window forward on the entry. Browser mode has no such thing: there the badge and the queue are the signal.
 */
function notify(alerts: PostEntryAlert[]): void {
  if (!Notification.isSupported()) return;
  for (const shown of alertNotifications(alerts)) {
    const note = new Notification({ title: shown.title, body: shown.body, urgency: shown.urgency });
    note.on('click', () => {
      if (!mainWindow) return;
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      void mainWindow.webContents.executeJavaScript(`location.hash = ${JSON.stringify(shown.target)}`);
    });
    note.show();
  }
}

app.on('window-all-closed', () => {
  desk?.close();
  app.quit();
});
