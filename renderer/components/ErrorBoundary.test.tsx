// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryHost } from '../../tests/unit/memory-host';
import { createDemoData } from '../../shared/demo/inspectie-jenv';
import { KoersDb } from '../db/koers-db';
import { loadProgrammeData } from '../db/repositories/programme-data';
import { seedIfEmpty } from '../db/seed';
import { createKoersStore, StoreContext } from '../state/store';
import { ErrorBoundary, ScreenBoundary, type WayOut } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let broken = true;

/** A screen that throws while `broken`, like a header formatting an impossible date did. */
function Fragile() {
  if (broken) throw new RangeError('Invalid time value');
  return <p>Het scherm</p>;
}

const button = (name: string): HTMLButtonElement => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`geen knop „${name}”`);
  return found;
};

beforeEach(() => {
  broken = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => {
    root.unmount();
  });
  container.remove();
  vi.restoreAllMocks();
});

describe('ErrorBoundary: a screen that throws shows the way out, not a blank page', () => {
  it('shows a Dutch message with the three ways out, and each does what it says', async () => {
    const wayOut: WayOut = {
      undo: vi.fn(() => {
        broken = false;
        return Promise.resolve();
      }),
      restore: vi.fn(),
      exportAll: vi.fn(() => Promise.resolve(true)),
    };
    act(() => {
      root.render(
        <ErrorBoundary wayOut={wayOut}>
          <Fragile />
        </ErrorBoundary>,
      );
    });
    expect(container.querySelector('[role="alert"] h1')?.textContent).toBe(
      'Dit scherm kan niet worden getoond',
    );
    expect(container.textContent).toContain('Uw gegevens zijn niet gewijzigd.');
    expect(container.textContent).toContain('Invalid time value');
    expect(container.textContent).not.toContain('Het scherm');

    act(() => {
      button('Back-up terugzetten').click();
    });
    expect(wayOut.restore).toHaveBeenCalledTimes(1);
    act(() => {
      button('Exporteer wat er is').click();
    });
    expect(wayOut.exportAll).toHaveBeenCalledTimes(1);
    // Undo, then the screen is tried again; the undone step no longer breaks it.
    await act(async () => {
      button('Laatste stap ongedaan maken').click();
      await Promise.resolve();
    });
    expect(wayOut.undo).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe('Het scherm');
  });

  it('is wired to the store: restore opens the data screen, export saves a programme file', async () => {
    const db = new KoersDb(`boundary-${Math.random()}`);
    await db.open();
    await seedIfEmpty(db, createDemoData());
    const { host, saved } = memoryHost();
    const store = createKoersStore({
      db,
      host,
      newId: () => 'id',
      now: () => 0,
      loadSolver: () => Promise.reject(new Error('geen solver nodig')),
    });
    store.getState().setData(await loadProgrammeData(db, null));
    act(() => {
      root.render(
        <StoreContext.Provider value={store}>
          <ScreenBoundary>
            <Fragile />
          </ScreenBoundary>
        </StoreContext.Provider>,
      );
    });
    act(() => {
      button('Back-up terugzetten').click();
    });
    expect(store.getState().route).toBe('data');
    await act(async () => {
      button('Exporteer wat er is').click();
      await vi.waitFor(() => {
        expect(saved.size).toBe(1);
      });
    });
    const [name, text] = [...saved.entries()][0]!;
    expect(name).toMatch(/\.koers\.json$/);
    expect(String(text)).toContain('"format": "koers-programmabestand"');
    await db.delete();
  });
});
