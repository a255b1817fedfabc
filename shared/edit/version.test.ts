import { describe, expect, it } from 'vitest';
import { createDemoData } from '../demo/inspectie-jenv';
import { snapshotOf } from '../domain/snapshot';
import { translate } from '../i18n/translate';
import { adoptedWith, newVersion } from './version';

const demo = createDemoData();
const snapshot = snapshotOf(demo)!;
const made = newVersion(snapshot, {
  id: 'v1',
  name: 'Concept',
  note: '',
  savedAt: '2025-09-30T10:00:00.000Z',
  author: '',
});

describe('Vaststellen takes a date that fits the programme year', () => {
  it('adopts 2026 on 9 oktober 2025 and refuses 1 januari 1900 and 1 januari 2099 in words', () => {
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(adoptedWith(snapshot.programme, made.value, '2025-10-09').ok).toBe(true);
    for (const on of ['1900-01-01', '2099-01-01', '2023-12-31', '2027-01-01']) {
      const r = adoptedWith(snapshot.programme, made.value, on);
      expect(r.ok).toBe(false);
      if (!r.ok)
        expect(translate(r.error.key, r.error.params)).toBe(
          'Een werkprogramma 2026 wordt vastgesteld tussen 1 januari 2024 en 31 december 2026; kies een datum daartussen.',
        );
    }
  });
});
