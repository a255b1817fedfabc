import type { Fte, Hours } from '../../../shared/domain/units';
import { fte, hours } from '../../../shared/domain/units';
import {
  formatFte,
  formatHours,
  formatMoney,
  formatNumberInput,
  parseDutchNumber,
} from '../../../shared/format/nl';
import type { Parsed } from '../../components/fields';
import { ParsedField, TextField } from '../../components/fields';
import { t } from '../../components/i18n';
import { selectFrames } from '../../state/selectors';
import { useCommands, useKoers } from '../../state/store';
import { setField } from '../../state/commands/calls';
import type { Path } from '../../../shared/delta/delta';
import { parseEuros, parseHours, parseRequired } from '../../components/parse';
import { CapacitySettings } from './CapacitySettings';
import { MjpEditor } from './MjpEditor';

/** Largest FTE one team can hold (a typing error beyond this). */
const MAX_TEAM_FTE = 2000;
/** Largest productive-hours norm per FTE (a year has 8.760 hours). */
const MAX_NORM_HOURS = 2500;
/** Largest budget frame in euros. */
const MAX_FRAME_EUROS = 10_000_000_000;

/** Reads FTE as typed in Dutch (`24,5`); empty means 0. */
function parseFte(text: string): Parsed<Fte> {
  const r = parseHours(text, MAX_TEAM_FTE);
  return r.ok ? { ok: true, value: fte(Math.round(r.value * 100) / 100) } : r;
}

/** The organisation screen: the frames of the programme year, teams, the MJPs and domains. */
export function OrganisationScreen() {
  const data = useKoers((s) => s.data);
  const frames = useKoers(selectFrames);
  const c = useCommands();
  if (!data || !frames) return null;
  const { programme, organisation } = data;
  /** Stores one field of the programme by its path, read anew when the command runs. */
  const prog = (path: Path) => (value: unknown) =>
    setField('programmes', programme.id, path, value);
  const teamCap = (teamId: string) => programme.capacity.teams.find((x) => x.teamId === teamId);
  const grossHours = hours(frames.staffed * programme.capacity.productiveHoursPerFte);

  return (
    <section className="screen" aria-labelledby="org-title">
      <div className="screen__head">
        <h1 id="org-title">{t('org.title')}</h1>
      </div>
      {programme.illustrative ? <p className="muted">{t('org.illustrative')}</p> : null}

      <dl className="kpis" aria-label={t('org.frames', { year: programme.year })}>
        <div className="kpi">
          <dt>{t('org.formation')}</dt>
          <dd>{formatFte(frames.formation)}</dd>
        </div>
        <div className="kpi">
          <dt>{t('org.staffed')}</dt>
          <dd>{formatFte(frames.staffed)}</dd>
        </div>
        <div className="kpi">
          <dt>{t('org.vacancies')}</dt>
          <dd>
            {formatFte(Math.max(0, Math.round((frames.formation - frames.staffed) * 100) / 100))}
          </dd>
        </div>
        <div className="kpi">
          <dt>{t('org.grossHours')}</dt>
          <dd>{formatHours(grossHours)}</dd>
        </div>
        <div className="kpi">
          <dt>{t('org.plannedHours')}</dt>
          <dd>{formatHours(frames.plannedHours)}</dd>
        </div>
        <div className="kpi">
          <dt>{t('org.budgetFrame')}</dt>
          <dd>{formatMoney(programme.budget.frameCents)}</dd>
        </div>
      </dl>

      <div className="panels">
        <fieldset className="section">
          <legend>{t('org.frames', { year: programme.year })}</legend>
          <TextField
            label={t('org.name')}
            value={organisation.name}
            parse={parseRequired}
            save={(name) => setField('organisations', organisation.id, ['name'], name)}
          />
          <TextField
            label={t('org.shortName')}
            value={organisation.shortName}
            save={(v) => setField('organisations', organisation.id, ['shortName'], v)}
          />
          <TextField
            label={t('org.programmeName')}
            value={programme.name}
            parse={parseRequired}
            save={prog(['name'])}
          />
          <ParsedField
            label={t('org.productiveHours')}
            value={programme.capacity.productiveHoursPerFte}
            format={formatNumberInput}
            parse={(text): Parsed<Hours> => {
              const r = parseHours(text, MAX_NORM_HOURS);
              if (r.ok && parseDutchNumber(text) === null)
                return { ok: false, error: { key: 'validation.required' } };
              return r;
            }}
            save={prog(['capacity', 'productiveHoursPerFte'])}
          />
          <TextField
            label={t('org.productiveHoursSource')}
            value={programme.capacity.productiveHoursSource}
            save={prog(['capacity', 'productiveHoursSource'])}
            className="span-2"
          />
          <ParsedField
            label={t('org.budgetFrame')}
            value={programme.budget.frameCents}
            format={(v) => formatNumberInput(v / 100)}
            parse={(text) => parseEuros(text, MAX_FRAME_EUROS)}
            save={prog(['budget', 'frameCents'])}
          />
          <TextField
            label={t('org.budgetFrameSource')}
            value={programme.budget.frameSource}
            save={prog(['budget', 'frameSource'])}
            className="span-2"
          />
        </fieldset>

        <section className="section" aria-labelledby="teams-title">
          <h2 id="teams-title">{t('org.teams')}</h2>
          <table className="grid teams">
            <caption className="sr-only">{t('org.teams')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('org.team')}</th>
                <th scope="col" className="num">
                  {t('org.teamFormation')}
                </th>
                <th scope="col" className="num">
                  {t('org.teamStaffed')}
                </th>
                <th scope="col">
                  <span className="sr-only">{t('org.teamDelete', { name: '' })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.teams.map((team) => {
                const cap = teamCap(team.id);
                return (
                  <tr key={team.id}>
                    <td>
                      <TextField
                        label={t('org.teamName')}
                        value={team.name}
                        parse={parseRequired}
                        save={(name) => setField('teams', team.id, ['name'], name)}
                        className="field--inline"
                      />
                    </td>
                    <td className="num">
                      <ParsedField
                        label={`${t('org.teamFormation')} ${team.name}`}
                        value={cap?.formationFte ?? fte(0)}
                        format={formatNumberInput}
                        parse={parseFte}
                        save={(v) => ({
                          name: 'team-capacity/set',
                          args: [programme.id, team.id, 'formationFte', v],
                        })}
                        className="field--inline field--num"
                      />
                    </td>
                    <td className="num">
                      <ParsedField
                        label={`${t('org.teamStaffed')} ${team.name}`}
                        value={cap?.staffedFte ?? fte(0)}
                        format={formatNumberInput}
                        parse={parseFte}
                        save={(v) => ({
                          name: 'team-capacity/set',
                          args: [programme.id, team.id, 'staffedFte', v],
                        })}
                        className="field--inline field--num"
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('org.teamDelete', { name: team.name })}
                        onClick={() => void c.deleteTeam(team.id)}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('org.total')}</th>
                <td className="num strong">{formatFte(frames.formation)}</td>
                <td className="num strong">{formatFte(frames.staffed)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
          <button type="button" className="button" onClick={() => void c.addTeam()}>
            {t('org.teamAdd')}
          </button>
        </section>

        <CapacitySettings programme={programme} teams={data.teams} />

        <MjpEditor />

        <section className="section" aria-labelledby="domains-title">
          <h2 id="domains-title">{t('org.domains')}</h2>
          <ul className="tree">
            {data.domains.map((domain) => (
              <li key={domain.id} className="tree__item">
                <TextField
                  label={t('org.domainName')}
                  value={domain.name}
                  parse={parseRequired}
                  save={(name) => setField('domains', domain.id, ['name'], name)}
                  className="field--inline"
                />
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('org.domainDelete', { name: domain.name })}
                  onClick={() => void c.deleteDomain(domain.id)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => void c.addDomain()}>
            {t('org.domainAdd')}
          </button>
        </section>
      </div>
    </section>
  );
}
