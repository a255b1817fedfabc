import type { Message } from '../../shared/i18n/translate';
import type { CommandCall } from './commands/calls';
import type { AmendReason } from '../../shared/edit/amendment';

/** A command not yet confirmed on disk, kept so a reload, a close or a crash cannot lose it. */
export type JournalEntry = {
  readonly call: CommandCall;
  readonly label: Message | null;
  readonly visit: string | null;
  /** The reason given for a change to an adopted programme, replayed with it (absent: none yet). */
  readonly amend?: AmendReason | 'skip' | null;
  /** The scenario open when it was typed (issue 12): replayed into it, never into the programme. */
  readonly scenarioId?: string | null;
  /**
   * Order of writing: the time in milliseconds with a counter behind it, so replay keeps the
   * order the person typed in, and the later of two windows' edits of one field wins.
   */
  readonly order: number;
  /** Unique per entry; a step records it, so an entry whose write landed is never replayed. */
  readonly id: string;
};

/** The part of the Web Storage API the journal uses (localStorage in the page; a map in tests). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'koers-journal:';

/**
 * A write-ahead journal in synchronous storage. Every command is written here before it is
 * queued for IndexedDB, and so is the valid value of a field being typed in; an entry leaves the
 * journal once its write has committed. IndexedDB writes are asynchronous and may not finish when
 * the window reloads or closes (issue 8: "the last 100–200 ms of typing"); localStorage writes
 * finish before the call returns, so on the next start the journal replays what did not land.
 */
export class Journal {
  private entries: Record<string, JournalEntry>;
  private order = 0;

  constructor(
    private readonly storage: JournalStorage,
    private readonly owner: string,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.entries = Journal.read(storage, owner);
    this.order = Math.max(0, ...Object.values(this.entries).map((e) => e.order));
  }

  private static read(storage: JournalStorage, owner: string): Record<string, JournalEntry> {
    try {
      const text = storage.getItem(PREFIX + owner);
      return text === null ? {} : (JSON.parse(text) as Record<string, JournalEntry>);
    } catch {
      return {};
    }
  }

  private save(): void {
    try {
      if (Object.keys(this.entries).length === 0) this.storage.removeItem(PREFIX + this.owner);
      else this.storage.setItem(PREFIX + this.owner, JSON.stringify(this.entries));
    } catch {
      // A full storage only loses the safety net; the write to IndexedDB goes on.
    }
  }

  /** Keeps a pending command under a slot (a field's id, or a command's own number). */
  put(slot: string, entry: Omit<JournalEntry, 'order' | 'id'>): string {
    // Milliseconds × 1000 plus a counter: later than anything this or another window wrote before.
    this.order = Math.max(this.order + 1, this.now() * 1000);
    const id = `${this.owner}#${this.order}`;
    this.entries = { ...this.entries, [slot]: { ...entry, order: this.order, id } };
    this.save();
    return id;
  }

  /** Forgets a slot: its command committed, or the field's text was withdrawn. */
  remove(slot: string): void {
    if (!(slot in this.entries)) return;
    this.entries = Object.fromEntries(Object.entries(this.entries).filter(([k]) => k !== slot));
    this.save();
  }

  /** True when something is pending. */
  get pending(): boolean {
    return Object.keys(this.entries).length > 0;
  }

  /**
   * Takes what earlier pages of this window, and windows that are gone, left unconfirmed, in the
   * order it was written, and clears it from storage (the caller replays it).
   */
  takeLeftovers(alive: ReadonlySet<string> | null): JournalEntry[] {
    // Entries written before ids existed get one, so every entry can be matched with its step.
    const found: JournalEntry[] = [];
    const owners: string[] = [];
    for (let i = 0; i < this.storage.length; i += 1) {
      const key = this.storage.key(i);
      if (key === null || !key.startsWith(PREFIX)) continue;
      const owner = key.slice(PREFIX.length);
      if (owner === this.owner || (alive !== null && !alive.has(owner))) owners.push(owner);
    }
    for (const owner of owners) {
      found.push(
        ...Object.values(owner === this.owner ? this.entries : Journal.read(this.storage, owner)),
      );
      if (owner !== this.owner) this.storage.removeItem(PREFIX + owner);
    }
    this.entries = {};
    this.save();
    return found
      .map((e, i) => (typeof e.id === 'string' ? e : { ...e, id: `old#${e.order}#${i}` }))
      .sort((a, b) => a.order - b.order);
  }
}

/** A storage kept in memory (tests, and pages without localStorage). */
export function memoryStorage(): JournalStorage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      map.set(k, v);
    },
    removeItem: (k) => {
      map.delete(k);
    },
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
