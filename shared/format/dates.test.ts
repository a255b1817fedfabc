import { describe, expect, it } from 'vitest';
import { IsoDate, MonthKey, isoDate, monthKey } from '../domain/units';
import { translate, type Message } from '../i18n/translate';
import { readProgrammeFile, writeProgrammeFile } from '../file/programme-file';
import { createDemoData } from '../demo/inspectie-jenv';
import { formatDate, formatMonth, formatMonthShort } from './nl';
import { formatDateInput, parseDutchDate, storedDateProblem } from './dates';

const text = (m: Message): string => translate(m.key, m.params);

describe('real calendar dates only (issue 8)', () => {
  it('IsoDate accepts leap days only in leap years', () => {
    expect(IsoDate.safeParse('2024-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2000-02-29').success).toBe(true);
    expect(IsoDate.safeParse('2026-02-29').success).toBe(false);
    expect(IsoDate.safeParse('1900-02-29').success).toBe(false);
    expect(IsoDate.safeParse('2026-02-31').success).toBe(false);
    expect(IsoDate.safeParse('2026-04-31').success).toBe(false);
    expect(IsoDate.safeParse('2026-12-31').success).toBe(true);
    expect(IsoDate.safeParse('0000-01-01').success).toBe(false);
  });

  it('MonthKey accepts real months only', () => {
    expect(MonthKey.safeParse('2026-02').success).toBe(true);
    expect(MonthKey.safeParse('2026-13').success).toBe(false);
    expect(MonthKey.safeParse('0000-01').success).toBe(false);
  });

  it('reads the ways a Dutch person writes a date', () => {
    for (const typed of ['9-10-2025', '09-10-2025', '9 oktober 2025', '9 okt 2025', '9 Okt. 2025'])
      expect(parseDutchDate(typed), typed).toEqual({ ok: true, value: '2025-10-09' });
    expect(parseDutchDate(' 2025-10-09 ')).toEqual({ ok: true, value: '2025-10-09' });
    expect(parseDutchDate('29-2-2024')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDutchDate('1 mrt 2026')).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('refuses an impossible date in Dutch words', () => {
    const r = parseDutchDate('31-02-2026');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe('date.impossible');
      expect(text(r.error)).toBe('31 februari 2026 bestaat niet: februari 2026 heeft 28 dagen.');
    }
    const leap = parseDutchDate('29 februari 2026');
    expect(!leap.ok && text(leap.error)).toBe(
      '29 februari 2026 bestaat niet: februari 2026 heeft 28 dagen.',
    );
    const iso = parseDutchDate('2026-02-31');
    expect(!iso.ok && iso.error.key).toBe('date.impossible');
  });

  it('refuses text that is not a date, naming it', () => {
    for (const typed of [
      '',
      'morgen',
      '9 okto 2025',
      '13-13-2025',
      '2025-10',
      '9-10-25',
      '0-1-2025',
    ]) {
      const r = parseDutchDate(typed);
      expect(r.ok, typed).toBe(false);
      if (!r.ok) expect(r.error.key, typed).toBe('date.unreadable');
    }
    const r = parseDutchDate('morgen');
    expect(!r.ok && text(r.error)).toContain('„morgen” is geen datum');
  });

  it('writes a stored date as a person types it', () => {
    expect(formatDateInput(isoDate('2025-10-09'))).toBe('9-10-2025');
    expect(formatDateInput(isoDate('2024-02-29'))).toBe('29-2-2024');
    // What the field shows is read back to the same date.
    expect(parseDutchDate(formatDateInput(isoDate('2025-10-09')))).toEqual({
      ok: true,
      value: '2025-10-09',
    });
    expect(formatDateInput('iets anders')).toBe('iets anders');
  });

  it('formatDate and formatMonth never throw; what cannot be a date is shown as it is', () => {
    expect(formatDate(isoDate('2024-02-29'))).toBe('29 februari 2024');
    expect(formatDate(isoDate('2026-02-31'))).toBe('2026-02-31');
    expect(formatDate(isoDate('onzin'))).toBe('onzin');
    expect(formatDate(undefined as unknown as IsoDate)).toBe('undefined');
    expect(formatMonth(monthKey('2026-03'))).toBe('maart 2026');
    expect(formatMonth(monthKey('2026-13'))).toBe('2026-13');
    expect(formatMonthShort(monthKey('2026-03'))).toBe('mrt');
    expect(formatMonthShort(monthKey('x'))).toBe('x');
    expect(text(storedDateProblem('2026-02-31'))).toBe(
      '31 februari 2026 bestaat niet: februari 2026 heeft 28 dagen.',
    );
  });

  it('the file reader refuses an impossible date in Dutch and names the place', () => {
    const demo = createDemoData();
    const bad = {
      ...demo,
      programmes: demo.programmes.map((p, i) =>
        i === 0 ? { ...p, closedOn: isoDate('2026-02-31') } : p,
      ),
    };
    const file = writeProgrammeFile([bad], { kind: 'back-up', exportedAt: 'x', appVersion: 't' });
    const r = readProgrammeFile('oud.koers.json', file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe('import.impossibleDate');
      expect(text(r.error)).toContain('oud.koers.json');
      expect(text(r.error)).toContain('„2026-02-31”');
      expect(text(r.error)).toContain('31 februari 2026 bestaat niet');
    }
    const leap = {
      ...demo,
      programmes: demo.programmes.map((p, i) =>
        i === 0 ? { ...p, closedOn: isoDate('2024-02-29') } : p,
      ),
    };
    const good = writeProgrammeFile([leap], { kind: 'back-up', exportedAt: 'x', appVersion: 't' });
    expect(readProgrammeFile('goed.koers.json', good).ok).toBe(true);
  });
});
