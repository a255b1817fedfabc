import type { BackupInfo } from '../../shared/contract/channels';
import type { HostApi } from '../../shared/contract/host-api';
import { fail, ok } from '../../shared/result';

/** A host kept in memory: files to open are queued, saved files and backups are kept. */
export function memoryHost() {
  const saved = new Map<string, string | Uint8Array>();
  const backups = new Map<string, string>();
  const toOpen: { name: string; text: string }[] = [];
  let clock = 0;
  const host: HostApi = {
    appVersion: () => Promise.resolve('test'),
    openProgrammeFile: () => Promise.resolve(ok(toOpen.shift() ?? null)),
    saveFile: (name, content) => {
      saved.set(name, content);
      return Promise.resolve(ok({ name }));
    },
    keepsBackups: true,
    writeBackup: (reason, text) => {
      clock += 1;
      const name = `koers-${String(clock).padStart(4, '0')}-${reason}.koers.json`;
      backups.set(name, text);
      const info: BackupInfo = {
        name,
        bytes: text.length,
        createdAt: '',
        reason,
        programmes: 0,
        activities: 0,
      };
      return Promise.resolve(ok(info));
    },
    listBackups: () =>
      Promise.resolve(
        ok({
          backups: [...backups.keys()]
            .sort()
            .reverse()
            .map((name) => ({
              name,
              bytes: 0,
              createdAt: '',
              reason: '',
              programmes: 0,
              activities: 0,
            })),
          foreign: [],
          unreadable: [],
        }),
      ),
    readBackup: (name) => {
      const text = backups.get(name);
      return Promise.resolve(
        text === undefined
          ? fail({ key: 'error.fileRead', params: { file: name } })
          : ok({ name, text }),
      );
    },
    revealBackups: () => Promise.resolve(ok('memory')),
  };
  return { host, saved, backups, toOpen };
}
