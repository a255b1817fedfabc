import { useContext, useEffect } from 'react';
import { StoreContext } from '../state/store';
import { activeField } from './fields';

/** What a key press asks of the history: undo, redo, or nothing. */
export function historyKey(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/**
 * Undo or redo as Koers does it everywhere: in a field holding unsaved text, undo first gives
 * the stored value back (and redo waits); otherwise the last step is undone or redone.
 */
export function historyAction(
  what: 'undo' | 'redo',
  undo: () => Promise<void>,
  redo: () => Promise<void>,
): void {
  const field = activeField();
  if (field?.dirty()) {
    if (what === 'undo') field.revert();
    return;
  }
  void (what === 'undo' ? undo() : redo());
}

/**
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y are Koers's undo and redo everywhere, inside fields, selects and
 * the editor too: the browser's per-character undo never reaches the store (issue 8). In a field
 * with unsaved text, undo first gives the stored value back; otherwise it undoes the last step.
 * The Edit menu's undo arrives as a `historyUndo` input event and is routed the same way.
 */
export function useUndoKeys(undo: () => Promise<void>, redo: () => Promise<void>): void {
  useEffect(() => {
    const act = (what: 'undo' | 'redo'): void => {
      historyAction(what, undo, redo);
    };
    const onKey = (e: KeyboardEvent): void => {
      const what = historyKey(e);
      if (!what) return;
      e.preventDefault();
      act(what);
    };
    const onInput = (e: InputEvent): void => {
      if (e.inputType !== 'historyUndo' && e.inputType !== 'historyRedo') return;
      e.preventDefault();
      act(e.inputType === 'historyUndo' ? 'undo' : 'redo');
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeinput', onInput, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeinput', onInput, true);
    };
  }, [undo, redo]);
}

/**
 * Leaving the window stores the field being edited (its valid text) and warns while a write is
 * still on its way; what is still pending stays in the journal and is written at the next start.
 */
export function useUnloadGuard(): void {
  const store = useContext(StoreContext);
  useEffect(() => {
    if (!store) return;
    const flush = (): void => {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && activeField()) focused.blur();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent): void => {
      flush();
      const state = store.getState();
      if (state.busy > 0 || state.journal.pending) e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', flush);
    };
  }, [store]);
}
