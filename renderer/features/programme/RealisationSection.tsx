import { Fragment, useEffect, useState } from 'react';
import { activityHours } from '../../../shared/domain/programme';
import {
  isLargeDeviation,
  YearEndStatus,
  type Realisation,
} from '../../../shared/domain/realisation';
import type { Activity, Programme } from '../../../shared/domain/schemas';
import type { IsoDate } from '../../../shared/domain/units';
import { formatDateInput, parseDutchDate } from '../../../shared/format/dates';
import { formatHours, formatMoney, formatNumber, formatPercent } from '../../../shared/format/nl';
import { ParsedField, SelectField, TextField, type Parsed } from '../../components/fields';
import { t } from '../../components/i18n';
import { setField } from '../../state/commands/calls';
import { useCommands } from '../../state/store';
import type { Cents } from '../../../shared/domain/units';

/** The realisation rows of a programme, kept current while the component is shown. */
export function useRealisations(programmeId: string): readonly Realisation[] {
  const { watchRealisations } = useCommands();
  const [rows, setRows] = useState<readonly Realisation[]>([]);
  useEffect(() => watchRealisations(programmeId, setRows), [programmeId, watchRealisations]);
  return rows;
}

/** A publication date as typed: empty is "not published", anything else a Dutch date. */
const parsePublished = (text: string): Parsed<IsoDate | null> => {
  if (text.trim() === '') return { ok: true, value: null };
  return parseDutchDate(text);
};

/** A signed number of hours: `+35,5 uur`, `−12 uur`. */
const signedHours = (h: number): string =>
  h > 0 ? `+${formatHours(h)}` : h < 0 ? `−${formatHours(-h)}` : formatHours(0);

/** A signed share: `+2,9%`, `−12,0%`. */
const signedPercent = (share: number): string =>
  share > 0
    ? `+${formatPercent(share)}`
    : share < 0
      ? `−${formatPercent(-share)}`
      : formatPercent(0);

/**
 * The activity's realisation in its editor (issue 13): planned against realised hours and costs
 * (from the imported rows), the year-end status with its reason, the explanation a large
 * deviation asks for, and each output's publication. Recording these on an adopted programme is
 * no amendment (shared/edit/amendment.ts).
 */
export function RealisationSection(props: { activity: Activity; programme: Programme }) {
  const { activity, programme } = props;
  const rows = useRealisations(programme.id);
  const own = rows.filter((r) => r.activityId === activity.id);
  const realised = own.reduce((s, r) => s + r.hours, 0);
  const cost = own.reduce((s, r) => s + r.costCents, 0);
  const planned = activityHours(activity);
  const threshold = programme.deviationThreshold;
  const large = own.length > 0 && isLargeDeviation(planned, realised, threshold);
  const status = activity.yearEnd?.status ?? '';
  return (
    <fieldset className="section realisation-section">
      <legend>{t('realisation.section')}</legend>
      <dl className="realisation-section__figures span-2">
        <div>
          <dt>{t('realisation.planned')}</dt>
          <dd>{formatHours(planned)}</dd>
        </div>
        <div>
          <dt>{t('realisation.realised')}</dt>
          <dd>{own.length === 0 ? t('realisation.none') : formatHours(realised)}</dd>
        </div>
        {own.length > 0 ? (
          <div>
            <dt>{t('realisation.difference')}</dt>
            <dd>
              {signedHours(realised - planned)}
              {planned > 0 ? ` (${signedPercent((realised - planned) / planned)})` : ''}
            </dd>
          </div>
        ) : null}
        {own.length > 0 ? (
          <div>
            <dt>{t('realisation.cost')}</dt>
            <dd>{formatMoney(cost as Cents)}</dd>
          </div>
        ) : null}
      </dl>
      {large ? (
        <p className="realisation-section__large span-2">
          {t('realisation.large', {
            percent: formatNumber(threshold.percent),
            hours: formatNumber(threshold.hours),
          })}
        </p>
      ) : null}
      <SelectField
        label={t('realisation.yearEnd')}
        value={status}
        options={[
          { value: '', label: t('realisation.yearEndNone') },
          ...YearEndStatus.options.map((value) => ({
            value,
            label: t(`yearEnd.${value}`),
          })),
        ]}
        save={(value) =>
          setField(
            'activities',
            activity.id,
            ['yearEnd'],
            value === '' ? null : { status: value, reason: activity.yearEnd?.reason ?? '' },
          )
        }
      />
      {activity.yearEnd ? (
        <TextField
          label={t('realisation.reason')}
          value={activity.yearEnd.reason}
          multiline
          save={(reason) => setField('activities', activity.id, ['yearEnd', 'reason'], reason)}
          className="span-2"
        />
      ) : null}
      <TextField
        label={t('realisation.deviationNote')}
        value={activity.deviationNote}
        multiline
        save={(note) => setField('activities', activity.id, ['deviationNote'], note)}
        className="span-2"
      />
      {activity.outputs.map((o) => {
        const name = o.title === '' ? t(`output.${o.kind}`) : o.title;
        return (
          <Fragment key={o.id}>
            <ParsedField<IsoDate | null>
              label={t('realisation.publishedOn', { title: name })}
              value={o.publishedOn}
              format={(v) => (v === null ? '' : formatDateInput(v))}
              parse={parsePublished}
              save={(v) => ({
                name: 'activity/output-set',
                args: [activity.id, o.id, 'publishedOn', v],
              })}
            />
            <TextField
              label={t('realisation.publishedTitle', { title: name })}
              value={o.publishedTitle}
              save={(title) => ({
                name: 'activity/output-set',
                args: [activity.id, o.id, 'publishedTitle', title],
              })}
            />
          </Fragment>
        );
      })}
    </fieldset>
  );
}
