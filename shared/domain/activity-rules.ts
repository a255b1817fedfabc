import type { Message } from '../i18n/translate';
import type { Activity, Programme, Theme } from './schemas';
import { Activity as ActivitySchema } from './schemas';
import { describeFieldIssue } from '../validation/describe';

/** The fields of an activity the editor shows, by name (the key of the field's label). */
export type ActivityField =
  | 'title'
  | 'description'
  | 'sourceRef'
  | 'domainId'
  | 'primaryThemeId'
  | 'secondaryThemeIds'
  | 'kind'
  | 'pyramidLevel'
  | 'commitment'
  | 'legalBasis'
  | 'origin'
  | 'funding'
  | 'startMonth'
  | 'endMonth'
  | 'allocations'
  | 'materialCents'
  | 'externalHireCents'
  | 'outputs'
  | 'partners'
  | 'risk'
  | 'status';

/** A rule broken by one field, with the Dutch message that says what and where. */
export type FieldError = { readonly field: ActivityField; readonly message: Message };

/** What an activity is checked against: the programme it belongs to and the data it points to. */
export type ActivityContext = {
  readonly programme: Programme;
  readonly themes: readonly Theme[];
  readonly domainIds: ReadonlySet<string>;
  readonly teamIds: ReadonlySet<string>;
  readonly mjpName: (mjpId: string) => string;
};

/** Planned hours above this are taken for a typing error (about 30 FTE on one activity). */
export const MAX_ACTIVITY_HOURS = 50_000;

/**
 * Checks an activity against the rules the schema cannot know: references into the programme's
 * own MJP, domains and teams; end month not before the start month; scores within their scale.
 * Returns every broken rule; an empty list means the activity may be saved.
 */
export function checkActivity(activity: Activity, ctx: ActivityContext): FieldError[] {
  const errors: FieldError[] = [];
  const parsed = ActivitySchema.safeParse(activity);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = (issue.path[0] ?? 'title') as ActivityField;
      errors.push({ field, message: describeFieldIssue(issue) });
    }
  }
  if (activity.title.trim() === '')
    errors.push({ field: 'title', message: { key: 'validation.required' } });
  const themeById = new Map(ctx.themes.map((t) => [t.id as string, t]));
  const themeRef = (field: ActivityField, id: string): void => {
    const theme = themeById.get(id);
    if (!theme) errors.push({ field, message: { key: 'validation.unknownTheme' } });
    else if (theme.mjpId !== ctx.programme.mjpId)
      errors.push({
        field,
        message: {
          key: 'validation.themeOtherMjp',
          params: { theme: theme.name, mjp: ctx.mjpName(theme.mjpId) },
        },
      });
  };
  themeRef('primaryThemeId', activity.primaryThemeId);
  for (const id of activity.secondaryThemeIds) themeRef('secondaryThemeIds', id);
  if (!ctx.domainIds.has(activity.domainId))
    errors.push({ field: 'domainId', message: { key: 'validation.unknownDomain' } });
  if (activity.endMonth < activity.startMonth)
    errors.push({ field: 'endMonth', message: { key: 'validation.endBeforeStart' } });
  let total = 0;
  for (const a of activity.allocations) {
    if (!ctx.teamIds.has(a.teamId))
      errors.push({ field: 'allocations', message: { key: 'validation.unknownTeam' } });
    if (!Number.isFinite(a.hours) || a.hours < 0)
      errors.push({ field: 'allocations', message: { key: 'validation.negative' } });
    total += a.hours;
  }
  if (total > MAX_ACTIVITY_HOURS)
    errors.push({
      field: 'allocations',
      message: { key: 'validation.tooManyHours', params: { max: MAX_ACTIVITY_HOURS } },
    });
  if (activity.materialCents < 0)
    errors.push({ field: 'materialCents', message: { key: 'validation.negative' } });
  if (activity.externalHireCents < 0)
    errors.push({ field: 'externalHireCents', message: { key: 'validation.negative' } });
  for (const c of ctx.programme.riskScheme.criteria) {
    const v = activity.risk[c.id];
    if (v !== undefined && (!Number.isInteger(v) || v < c.min || v > c.max))
      errors.push({
        field: 'risk',
        message: {
          key: 'validation.scoreRange',
          params: { criterion: c.name, min: c.min, max: c.max },
        },
      });
  }
  return errors;
}
