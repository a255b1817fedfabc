/**
 * Who this window is, across reloads: an id kept in sessionStorage (a reload keeps it, a new
 * window or a restart gets a new one), held as a Web Lock for the window's life so other windows
 * can tell which windows are still open (navigator.locks.query). Undo steps and journal entries
 * of windows that are gone are taken over by the next window that starts.
 */
const KEY = 'koers-window';
const LOCK = 'koers-window:';

/** The ids of the windows open now (their locks are held). */
export async function liveOwners(): Promise<Set<string> | null> {
  // Without Web Locks no window can tell which others are open: null, so none takes over another's.
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return null;
  const state = await navigator.locks.query();
  return new Set(
    (state.held ?? [])
      .map((l) => l.name ?? '')
      .filter((n) => n.startsWith(LOCK))
      .map((n) => n.slice(LOCK.length)),
  );
}

/** This window's id; a fresh one when a duplicated tab carries an id another window holds. */
export async function windowOwner(): Promise<string> {
  let id = sessionStorage.getItem(KEY);
  if (id === null || (await liveOwners())?.has(id) === true) {
    id = crypto.randomUUID();
    sessionStorage.setItem(KEY, id);
  }
  const name = LOCK + id;
  if ('locks' in navigator) {
    // Held until the window goes; the promise never settles on purpose.
    void navigator.locks.request(name, () => new Promise<never>(() => undefined));
  }
  return id;
}
