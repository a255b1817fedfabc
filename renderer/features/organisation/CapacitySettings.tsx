import { DeductionKind } from '../../../shared/domain/capacity';
import type { Programme, Team } from '../../../shared/domain/schemas';
import { formatMonth, formatNumberInput } from '../../../shared/format/nl';
import { monthsBetween, monthOf } from '../../../shared/time/months';
import type { Parsed } from '../../components/fields';
import { ParsedField, SelectField, TextField } from '../../components/fields';
import { t } from '../../components/i18n';
import { parseNumber, parseShare } from '../../components/parse';
import { setField } from '../../state/commands/calls';
import { useKoers } from '../../state/store';

/** Reads hours per year of a fixed deduction. */
const parseYearHours = (text: string) => parseNumber(text, { max: 10_000_000 });

/** Reads a signed FTE change, to the hundredth. */
const parseFteDelta = (text: string): Parsed<number> => {
  const r = parseNumber(text, { min: -1000, max: 1000 });
  return r.ok ? { ok: true, value: Math.round(r.value * 100) / 100 } : r;
};

/** Reads a lead time in whole months 0–36. */
const parseLead = (text: string) => parseNumber(text, { max: 36, integer: true });

/** Deductions, reserves and staffing changes of the programme year. */
export function CapacitySettings({
  programme,
  teams,
}: {
  programme: Programme;
  teams: readonly Team[];
}) {
  const dispatch = useKoers((s) => s.dispatch);
  const addDeduction = useKoers((s) => s.addDeduction);
  const addStaffingChange = useKoers((s) => s.addStaffingChange);
  const { deductions, staffingChanges } = programme.capacity;
  /** Sets one field of a deduction or staffing change, found by its id when the command runs. */
  const set =
    (list: 'deductions' | 'staffingChanges', id: string, field?: string) => (value: unknown) =>
      setField(
        'programmes',
        programme.id,
        ['capacity', list, { by: 'id', id }, ...(field ? [field] : [])],
        value,
      );
  const remove = (list: 'deductions' | 'staffingChanges', id: string) =>
    void dispatch(set(list, id)(undefined), { label: { key: 'history.editProgramme' } });
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
                save={set('deductions', d.id, 'kind')}
              />
              <TextField
                label={t('org.deductionLabel')}
                value={d.label}
                save={set('deductions', d.id, 'label')}
              />
              <SelectField
                label={t('org.deductionTeam')}
                value={d.teamId ?? ''}
                options={teamOptions}
                save={(teamId) => set('deductions', d.id, 'teamId')(teamId === '' ? null : teamId)}
              />
              <SelectField
                label={t('org.deductionBasis')}
                value={d.basis}
                options={[
                  { value: 'share', label: t('org.deductionShare') },
                  { value: 'hours', label: t('org.deductionHours') },
                ]}
                save={(basis) =>
                  setField(
                    'programmes',
                    programme.id,
                    ['capacity', 'deductions', { by: 'id', id: d.id }],
                    { ...d, basis, value: 0 },
                  )
                }
              />
              {d.basis === 'share' ? (
                <ParsedField
                  label={`${t('org.deductionValue')} (%)`}
                  value={d.value}
                  format={(v) => formatNumberInput(v * 100)}
                  parse={(text) => parseShare(text)}
                  save={set('deductions', d.id, 'value')}
                />
              ) : (
                <ParsedField
                  label={`${t('org.deductionValue')} (${t('capacity.hours').toLowerCase()})`}
                  value={d.value}
                  format={formatNumberInput}
                  parse={parseYearHours}
                  save={set('deductions', d.id, 'value')}
                />
              )}
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('org.deductionDelete', {
                  label: d.label || t(`deduction.${d.kind}`),
                })}
                onClick={() => {
                  remove('deductions', d.id);
                }}
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
                save={set('staffingChanges', c.id, 'label')}
              />
              <SelectField
                label={t('org.deductionTeam')}
                value={c.teamId as string}
                options={teams.map((x) => ({ value: x.id, label: x.name }))}
                save={set('staffingChanges', c.id, 'teamId')}
              />
              <ParsedField
                label={t('org.staffingFte')}
                value={c.fteDelta}
                format={formatNumberInput}
                parse={parseFteDelta}
                save={set('staffingChanges', c.id, 'fteDelta')}
              />
              <SelectField
                label={t('org.staffingMonth')}
                value={c.month as string}
                options={months}
                save={set('staffingChanges', c.id, 'month')}
              />
              <ParsedField
                label={t('org.staffingLead')}
                value={c.leadTimeMonths}
                format={String}
                parse={parseLead}
                inputMode="numeric"
                save={set('staffingChanges', c.id, 'leadTimeMonths')}
              />
              <button
                type="button"
                className="button button--quiet"
                aria-label={t('org.staffingDelete', { label: c.label })}
                onClick={() => {
                  remove('staffingChanges', c.id);
                }}
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
