/** Area `version`: saving the programme as a version, and adopting one (issue 10). */
import type { Programme } from '../../../shared/domain/schemas';
import type { Version } from '../../../shared/domain/versions';
import { adoptedWith, newVersion } from '../../../shared/edit/version';
import type { DispatchResult } from '../types';
import { saveVersion } from './calls';
import { changeRow, type CommandContext, type CommandMap, type EditsOf } from './context';
import { Refusal } from './refusal';

/** The data commands of the area (journalled, replayable). */
export const versionEdits: EditsOf<'version/save' | 'version/adopt'> = {
  // The programme is read inside the write's transaction: what is frozen is what is stored.
  'version/save':
    (versionId, programmeId, name, note, savedAt, author) => async (read, snapshot) => {
      // A replay of a save that landed already writes nothing.
      if ((await read('versions', versionId)) !== null) return [];
      const stored = snapshot ? await snapshot(programmeId) : null;
      if (stored?.programme.id !== programmeId) throw new Refusal({ key: 'version.noProgramme' });
      const version = newVersion(stored, { id: versionId, name, note, savedAt, author });
      if (!version.ok) throw new Refusal(version.error);
      return [{ table: 'versions', key: versionId, before: null, after: version.value }];
    },

  'version/adopt': (programmeId, versionId, on) => async (read) => {
    const version: Version | null = await read('versions', versionId);
    return changeRow(read, 'programmes', programmeId, (p: Programme) => {
      const adopted = adoptedWith(p, version, on);
      if (!adopted.ok) throw new Refusal(adopted.error);
      return adopted.value;
    });
  },
};

/** The store commands of the area. */
export const versionCommands = {
  /**
   * Saves the programme on screen as a new version, signed with the name of "Uw naam" and
   * stamped with the store's clock: one undoable step (undo removes the version again).
   */
  'version/save-current': (
    c: CommandContext,
    name: string,
    note: string,
  ): Promise<DispatchResult> => {
    const programmeId = c.get().liveData?.programme.id;
    if (programmeId === undefined)
      return Promise.resolve({ ok: false, error: { key: 'version.noProgramme' }, refused: true });
    const call = saveVersion(
      c.deps.newId(),
      programmeId,
      name,
      note,
      new Date(c.deps.now()).toISOString(),
      c.deps.author(),
    );
    return c.get().dispatch(call, {
      label: { key: 'history.saveVersion', params: { name: name.trim() } },
      quiet: true,
    });
  },
} satisfies CommandMap;
