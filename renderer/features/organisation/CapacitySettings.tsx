import type { Deduction, StaffingChange } from '../../../shared/domain/capacity';
import { DeductionKind } from '../../../shared/domain/capacity';
import type { Programme, Team } from '../../../shared/domain/schemas';
import type { MonthKey } from '../../../shared/domain/units';
import { formatMonth, formatNumberInput, parseDutchNumber } from '../../../shared/format/nl';
import { monthsBetween, monthOf } from '../../../shared/time/months';
import type { Parsed } from '../../components/fields';
import { ParsedField, SelectField, TextField } from '../../components/fields';
import { t } from '../../components/i18n';
import { useKoers } from '../../state/store';

/** Reads a percentage 0–100 typed in Dutch into a share 0–1. */
function parseShare(text: string): Parsed<number> {
  const n = parseDutchNumber(text.replace('%', ''));
  if (n === null)
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  if (n < 0 || n > 100) return { ok: false, error: { key: 'validation.share' } };
  return { ok: true, value: n / 100 };
}

/** Reads a non-negative number of hours per year. */
function parseYearHours(text: string): Parsed<number> {
  const n = parseDutchNumber(text);
  if (n === null)
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  if (n < 0) return { ok: false, error: { key: 'validation.negative' } };
  if (n > 10_000_000)
    return { ok: false, error: { key: 'validation.tooLarge', params: { max: '10.000.000' } } };
  return { ok: true, value: n };
}

/** Reads a signed FTE change. */
function parseFteDelta(text: string): Parsed<number> {
  const n = parseDutchNumber(text);
  if (n === null)
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  if (Math.abs(n) > 1000)
    return { ok: false, error: { key: 'validation.tooLarge', params: { max: 1000 } } };
  return { ok: true, value: Math.round(n * 100) / 100 };
}

/** Reads a lead time in whole months 0–36. */
function parseLead(text: string): Parsed<number> {
  const n = parseDutchNumber(text);
  if (n === null || !Number.isInteger(n))
    return { ok: false, error: { key: 'validation.notANumber', params: { value: text.trim() } } };
  if (n < 0) return { ok: false, error: { key: 'validation.negative' } };
  if (n > 36) return { ok: false, error: { key: 'validation.tooLarge', params: { max: 36 } } };
  return { ok: true, value: n };
}

/** Deductions, reserves and staffing changes of the programme year. */
export function CapacitySettings({
  programme,
  teams,
}: {
  programme: Programme;
  teams: readonly Team[];
}) {
  const update = useKoers((s) => s.updateCapacityFrame);
  const addDeduction = useKoers((s) => s.addDeduction);
  const addStaffingChange = useKoers((s) => s.addStaffingChange);
  const { deductions, staffingChanges } = programme.capacity;
  const setDeduction = (id: string, patch: Partial<Deduction>, key?: string) =>
    void update({ deductions: deductions.map((d) => (d.id === id ? { ...d, ...patch } : d)) }, key);
  const setChange = (id: string, patch: Partial<StaffingChange>, key?: string) =>
    void update(
      { staffingChanges: staffingChanges.map((c) => (c.id === id ? { ...c, ...patch } : c)) },
      key,
    );
  const teamOptions = [
    { value: '', label: t('org.deductionAllTeams') },
    ...teams.map((x) => ({ value: x.id, label: x.name })),
  ];
  const months = monthsBetween(monthOf(programme.year - 1, 1), monthOf(programme.year, 12)).map(
    (m) => ({ value: m, label: formatMonth(m) }),
  );

  return (
    <>
      <section className="section" aria-labelledby="deductions-title">
        <h2 id="deductions-title">{t('org.deductions')}</h2>
        <p className="muted small span-2">{t('org.deductionsHint')}</p>
        <ul className="rows span-2">
          {deductions.map((d) => (
            <li key={d.id} className="rows__item rows__item--deduction">
              <SelectField
                label={t('org.deductionKind')}
                value={d.kind}
                options={DeductionKind.options.map((k) => ({
                  value: k,
                  label: t(`deduction.${k}`),
                }))}
                onSave={(kind) => {
                  setDeduction(d.id, { kind });
                }}
              />
              <TextField
                label={t('org.deductionLabel')}
                value={d.label}
                onSave={(label) => {
                  setDeduction(d.id, { label }, `ded:${d.id}:label`);
                }}
              />
              <SelectField
                label={t('org.deductionTeam')}
                value={d.teamId ?? ''}
                options={teamOptions}
                onSave={(teamId) => {
                  setDeduction(d.id, {
                    teamId: teamId === '' ? null : (teamId as Deduction['teamId']),
                  });
                }}
              />
              <SelectField
                label={t('org.deductionBasis')}
                value={d.basis}
                options={[
                  { value: 'share', label: t('org.deductionShare') },
                  { value: 'hours', label: t('org.deductionHours') },
                ]}
                onSave={(basis) => {
                  setDeduction(d.id, { basis, value: 0 });
                }}
              />
              {d.basis === 'share' ? (
                <ParsedField
                  label={`${t('org.deductionValue')} (%)`}
                  value={d.value}
                  format={(v) => formatNumberInput(v * 100)}
                  parse={parseShare}
                  onSave={(value) => {
                    setDeduction(d.id, { value }, `ded:${d.id}:value`);
                  }}
                />
              ) : (
                <ParsedField
                  label={`${t('org.deductionValue')} (${t('capacity.hours').toLowerCase()})`}
                  value={d.value}
                  format={formatNumberInput}
                  parse={parseYearHours}
                  onSave={(value) => {
                    setDeduction(d.id, { value }, `ded:${d.id}:value`);
                  }}
                />
              )}
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('org.deductionDelete', {
                  label: d.label || t(`deduction.${d.kind}`),
                })}
                onClick={() => void update({ deductions: deductions.filter((x) => x.id !== d.id) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="button" onClick={() => void addDeduction()}>
          {t('org.deductionAdd')}
        </button>
      </section>

      <section className="section" aria-labelledby="staffing-title">
        <h2 id="staffing-title">{t('org.staffing')}</h2>
        <p className="muted small span-2">{t('org.staffingHint')}</p>
        <ul className="rows span-2">
          {staffingChanges.map((c) => (
            <li key={c.id} className="rows__item rows__item--staffing">
              <TextField
                label={t('org.staffingLabel')}
                value={c.label}
                onSave={(label) => {
                  setChange(c.id, { label }, `staff:${c.id}:label`);
                }}
              />
              <SelectField
                label={t('org.deductionTeam')}
                value={c.teamId as string}
                options={teams.map((x) => ({ value: x.id, label: x.name }))}
                onSave={(teamId) => {
                  setChange(c.id, { teamId: teamId as StaffingChange['teamId'] });
                }}
              />
              <ParsedField
                label={t('org.staffingFte')}
                value={c.fteDelta}
                format={formatNumberInput}
                parse={parseFteDelta}
                onSave={(fteDelta) => {
                  setChange(c.id, { fteDelta }, `staff:${c.id}:fte`);
                }}
              />
              <SelectField
                label={t('org.staffingMonth')}
                value={c.month as string}
                options={months}
                onSave={(month) => {
                  setChange(c.id, { month: month as MonthKey });
                }}
              />
              <ParsedField
                label={t('org.staffingLead')}
                value={c.leadTimeMonths}
                format={String}
                parse={parseLead}
                inputMode="numeric"
                onSave={(leadTimeMonths) => {
                  setChange(c.id, { leadTimeMonths }, `staff:${c.id}:lead`);
                }}
              />
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('org.staffingDelete', { label: c.label })}
                onClick={() =>
                  void update({ staffingChanges: staffingChanges.filter((x) => x.id !== c.id) })
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="button"
          disabled={teams.length === 0}
          onClick={() => void addStaffingChange()}
        >
          {t('org.staffingAdd')}
        </button>
      </section>
    </>
  );
}
