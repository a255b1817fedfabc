import type { Activity, Programme, Team } from '../../../shared/domain/schemas';
import { cents } from '../../../shared/domain/units';
import { costPerFte } from '../../../shared/budget/cost-model';
import { fundedStaffing } from '../../../shared/planning/funded-staffing';
import { formatFte, formatMoney, formatMonth, formatNumberInput } from '../../../shared/format/nl';
import { monthsOfYear } from '../../../shared/time/months';
import { CheckField, ParsedField, SelectField } from '../../components/fields';
import { t } from '../../components/i18n';
import { ShowAllButton, useShowAll } from '../../components/windowed-rows';
import { parseNumber } from '../../components/parse';
import { setField } from '../../state/commands/calls';

/** How many conditional activities are drawn before "Toon alle". */
const SHOWN_FIRST = 25;

/** Largest fte one funding can bring (a whole team is far below it). */
const MAX_FUNDED_FTE = 500;

/**
 * The conditional frame, one switch per funding-conditional activity, with the people its money
 * pays for (issue 9): confirming adds the money to the frame and the fte to the team from their
 * first month, so the line and the budget move together.
 */
export function FundedPeople(props: {
  programme: Programme;
  activities: readonly Activity[];
  teams: readonly Team[];
}) {
  const { programme } = props;
  const model = programme.budget.costModel;
  const teamName = (id: string) => props.teams.find((x) => x.id === id)?.name ?? id;
  const months = monthsOfYear(programme.year);
  // At thousands of activities the switches alone were 3.600 DOM nodes: the first ones, then all.
  const { shown, showAll } = useShowAll(props.activities, SHOWN_FIRST);
  return (
    <>
      <ul className="plain conditional">
        {shown.map((a) => {
          const people = fundedStaffing(a, programme);
          const derived = people
            ? fundedStaffing({ ...a, fundingFte: null, fundingStartMonth: null }, programme)
            : null;
          return (
            <li key={a.id}>
              <CheckField
                label={t('budget.confirm', { title: a.title })}
                checked={a.fundingConfirmed}
                save={(on) => setField('activities', a.id, ['fundingConfirmed'], on)}
              />
              <span className="muted small">
                {t('budget.funding', { amount: formatMoney(a.fundingCents) })}
              </span>
              {people && derived ? (
                <>
                  <p className="small funded__people">
                    {t('budget.funded.people', {
                      fte: formatFte(people.fte),
                      team: teamName(people.teamId),
                      month: formatMonth(people.from),
                    })}
                  </p>
                  <p className="muted small">
                    {t('budget.funded.derived', {
                      amount: formatMoney(a.fundingCents),
                      rate: formatMoney(
                        cents(Math.round(model ? costPerFte(model, people.teamId) : 0)),
                      ),
                      lead: derived.leadTimeMonths,
                    })}
                  </p>
                  <div className="funded__fields">
                    <ParsedField<number | null>
                      label={t('budget.fundingFte', { title: a.title })}
                      hint={t('budget.fundingFteHint', { fte: formatFte(derived.fte) })}
                      value={a.fundingFte}
                      format={(v) => (v === null ? '' : formatNumberInput(v))}
                      parse={(text) =>
                        text.trim() === ''
                          ? { ok: true, value: null }
                          : parseNumber(text, { max: MAX_FUNDED_FTE })
                      }
                      save={(v) => setField('activities', a.id, ['fundingFte'], v)}
                    />
                    <SelectField<string>
                      label={t('budget.fundingStart', { title: a.title })}
                      value={a.fundingStartMonth ?? ''}
                      options={[
                        {
                          value: '',
                          label: t('budget.fundingStartDerived', {
                            month: formatMonth(derived.from),
                          }),
                        },
                        ...months.map((m) => ({ value: m, label: formatMonth(m) })),
                      ]}
                      save={(v) =>
                        setField('activities', a.id, ['fundingStartMonth'], v === '' ? null : v)
                      }
                    />
                  </div>
                </>
              ) : (
                <p className="muted small">{t('budget.funded.noTeam')}</p>
              )}
            </li>
          );
        })}
      </ul>
      <ShowAllButton
        shown={shown.length}
        total={props.activities.length}
        what={t('budget.conditional')}
        onClick={showAll}
      />
    </>
  );
}
