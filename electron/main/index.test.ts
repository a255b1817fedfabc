import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  app: {
    requestSingleInstanceLock: vi.fn(() => false),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => new Promise(() => undefined)),
  },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  ipcMain: { handle: vi.fn() },
  BrowserWindow: vi.fn(),
  Menu: {},
  session: {},
  dialog: {},
}));
vi.mock('electron', () => fake);

describe('single instance', () => {
  it('quits at once when another Koers already runs, before registering anything', async () => {
    await import('./index');
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(fake.app.whenReady).not.toHaveBeenCalled();
  });
});
