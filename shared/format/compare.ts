import type { Activity, PlannedOutput } from '../domain/schemas';
import type { ProgrammeSnapshot } from '../domain/snapshot';
import type { Cents, MonthKey } from '../domain/units';
import type { FieldDiff } from '../compare/compare';
import type { MessageKey } from '../i18n/messages.nl';
import { translate } from '../i18n/translate';
import { formatFte, formatMoney, formatMonth, formatNumber, quoted as quote } from './nl';

/** Names of what an activity points to, looked up on the right side first, then the left. */
export type CompareNames = {
  readonly team: (id: string) => string;
  readonly theme: (id: string) => string;
  readonly domain: (id: string) => string;
  readonly criterion: (id: string) => string;
};

/** The names of two snapshots' teams, themes, domains and risk criteria (right side first). */
export function compareNames(before: ProgrammeSnapshot, after: ProgrammeSnapshot): CompareNames {
  const lookup = (lists: readonly (readonly { id: string; name: string }[])[]) => {
    const names = new Map<string, string>();
    for (const list of [...lists].reverse()) for (const x of list) names.set(x.id, x.name);
    return (id: string) => names.get(id) ?? id;
  };
  return {
    team: lookup([after.teams, before.teams]),
    theme: lookup([after.themes, before.themes]),
    domain: lookup([after.domains, before.domains]),
    criterion: lookup([after.programme.riskScheme.criteria, before.programme.riskScheme.criteria]),
  };
}

/** A value and what it became: `800 → 600`. */
const change = (label: string, before: string, after: string): string =>
  translate('compare.f.change', { field: label, before, after });

/** A quoted text, or "leeg" for an empty one. */
const quoted = (v: unknown): string =>
  typeof v === 'string' && v !== '' ? quote(v) : translate('compare.f.empty');

const yesNo = (v: unknown): string => translate(v === true ? 'compare.f.yes' : 'compare.f.no');

const month = (v: unknown, none: MessageKey = 'compare.f.none'): string =>
  typeof v === 'string' ? formatMonth(v as MonthKey) : translate(none);

const money = (v: unknown): string => formatMoney((typeof v === 'number' ? v : 0) as Cents);

/** An enumeration value in words (`status.gepland` → "Gepland"). */
const enumWord = (prefix: string, v: unknown): string =>
  translate(`${prefix}.${String(v)}` as MessageKey);

/** Hours per team of a list of allocations, in hundredths. */
function teamHours(allocations: Activity['allocations']): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of allocations)
    out.set(a.teamId, (out.get(a.teamId) ?? 0) + Math.round(a.hours * 100));
  return out;
}

/** An output in words: `Rapport „Eindrapport”`. */
const outputName = (o: PlannedOutput): string =>
  o.title === '' ? enumWord('output', o.kind) : `${enumWord('output', o.kind)} ${quote(o.title)}`;

/** A force in words: "Erin gezet: reden", or "niet" without one. */
const forceWord = (v: unknown): string => {
  if (typeof v !== 'object' || v === null) return translate('compare.f.notForced');
  const f = v as { mode?: unknown; reason?: unknown };
  return translate(f.mode === 'in' ? 'line.forcedIn' : 'line.forcedOut', {
    reason: typeof f.reason === 'string' ? f.reason : '',
  });
};

/** Items of two lists that the other lacks. */
function addedRemoved<T>(
  before: readonly T[],
  after: readonly T[],
  key: (x: T) => string,
): { added: T[]; removed: T[] } {
  const b = new Set(before.map(key));
  const a = new Set(after.map(key));
  return {
    added: after.filter((x) => !b.has(key(x))),
    removed: before.filter((x) => !a.has(key(x))),
  };
}

/** Lines describing one top-level field of an activity that changed. */
function describeField(
  field: string,
  before: Activity,
  after: Activity,
  names: CompareNames,
): string[] {
  const b = (before as Record<string, unknown>)[field];
  const a = (after as Record<string, unknown>)[field];
  const label = (key: MessageKey) => translate(key);
  switch (field) {
    case 'title':
    case 'sourceRef':
    case 'legalBasis':
      return [change(label(`field.${field}`), quoted(b), quoted(a))];
    case 'description':
      return [translate('compare.f.textChanged', { field: label('field.description') })];
    case 'domainId':
      return [change(label('field.domainId'), names.domain(String(b)), names.domain(String(a)))];
    case 'primaryThemeId':
      return [
        change(label('field.primaryThemeId'), names.theme(String(b)), names.theme(String(a))),
      ];
    case 'secondaryThemeIds': {
      const d = addedRemoved(before.secondaryThemeIds, after.secondaryThemeIds, String);
      return [
        ...d.added.map((id) => translate('compare.f.themeAdded', { name: names.theme(id) })),
        ...d.removed.map((id) => translate('compare.f.themeRemoved', { name: names.theme(id) })),
      ];
    }
    case 'kind':
      return [change(label('field.kind'), enumWord('kind', b), enumWord('kind', a))];
    case 'pyramidLevel':
      return [change(label('field.pyramidLevel'), enumWord('pyramid', b), enumWord('pyramid', a))];
    case 'commitment':
      return [
        change(label('field.commitment'), enumWord('commitment', b), enumWord('commitment', a)),
      ];
    case 'origin':
      return [change(label('field.origin'), enumWord('origin', b), enumWord('origin', a))];
    case 'status':
      return [change(label('field.status'), enumWord('status', b), enumWord('status', a))];
    case 'fundingConditional':
    case 'fundingConfirmed':
      return [change(label(`field.${field}`), yesNo(b), yesNo(a))];
    case 'fundingCents':
      return [change(label('compare.f.fundingCents'), money(b), money(a))];
    case 'materialCents':
      return [change(label('compare.f.materialCents'), money(b), money(a))];
    case 'externalHireCents':
      return [change(label('compare.f.externalHireCents'), money(b), money(a))];
    case 'fundingFte': {
      const v = (x: unknown) =>
        typeof x === 'number' ? formatFte(x) : translate('compare.f.derived');
      return [change(label('compare.f.fundingFte'), v(b), v(a))];
    }
    case 'fundingStartMonth':
      return [
        change(
          label('compare.f.fundingStartMonth'),
          month(b, 'compare.f.derived'),
          month(a, 'compare.f.derived'),
        ),
      ];
    case 'startMonth':
    case 'endMonth':
      return [change(label(`field.${field}`), month(b), month(a))];
    case 'allocations': {
      const hb = teamHours(before.allocations);
      const ha = teamHours(after.allocations);
      const teams = [...new Set([...hb.keys(), ...ha.keys()])];
      const lines = teams
        .filter((id) => (hb.get(id) ?? 0) !== (ha.get(id) ?? 0))
        .map((id) =>
          change(
            translate('field.hoursFor', { team: names.team(id) }),
            formatNumber((hb.get(id) ?? 0) / 100),
            formatNumber((ha.get(id) ?? 0) / 100),
          ),
        );
      // Same totals per team, other months: the spread changed.
      return lines.length > 0 ? lines : [translate('compare.f.spread')];
    }
    case 'outputs': {
      const d = addedRemoved(before.outputs, after.outputs, (o) => o.id);
      const kept = after.outputs
        .map((o) => ({ o, old: before.outputs.find((x) => x.id === o.id) }))
        .filter((x) => x.old !== undefined && JSON.stringify(x.old) !== JSON.stringify(x.o));
      return [
        ...d.added.map((o) => translate('compare.f.outputAdded', { output: outputName(o) })),
        ...d.removed.map((o) => translate('compare.f.outputRemoved', { output: outputName(o) })),
        ...kept.flatMap(({ o, old }) => {
          const was = old as PlannedOutput;
          const out: string[] = [];
          if (was.title !== o.title)
            out.push(change(label('field.outputTitle'), quoted(was.title), quoted(o.title)));
          if (was.kind !== o.kind)
            out.push(
              change(
                label('field.outputKind'),
                enumWord('output', was.kind),
                enumWord('output', o.kind),
              ),
            );
          if (was.plannedMonth !== o.plannedMonth)
            out.push(
              change(label('field.outputMonth'), month(was.plannedMonth), month(o.plannedMonth)),
            );
          return out.map((line) =>
            translate('compare.f.output', { output: outputName(o), change: line }),
          );
        }),
      ];
    }
    case 'partners': {
      const d = addedRemoved(before.partners, after.partners, String);
      return [
        ...d.added.map((p) => translate('compare.f.partnerAdded', { name: p })),
        ...d.removed.map((p) => translate('compare.f.partnerRemoved', { name: p })),
      ];
    }
    case 'risk': {
      const rb: Readonly<Record<string, number>> = before.risk;
      const ra: Readonly<Record<string, number>> = after.risk;
      const ids = [...new Set([...Object.keys(rb), ...Object.keys(ra)])];
      const score = (v: number | undefined) =>
        v === undefined ? translate('risk.notScored') : formatNumber(v);
      return ids
        .filter((id) => rb[id] !== ra[id])
        .map((id) =>
          translate('compare.f.risk', {
            criterion: names.criterion(id),
            before: score(rb[id]),
            after: score(ra[id]),
          }),
        );
    }
    case 'force':
      return [change(label('compare.f.force'), forceWord(b), forceWord(a))];
    default:
      return [translate('compare.f.other', { field })];
  }
}

/**
 * The changes of one activity in Dutch words, one line per change, in the order of the fields
 * that differ ("Uren Team Politie: 800 → 600", "Status: Gepland → Uitgesteld").
 */
export function describeActivityChange(
  before: Activity,
  after: Activity,
  fields: readonly FieldDiff[],
  names: CompareNames,
): string[] {
  const top = [
    ...new Set(fields.map((f) => f.path[0]).filter((k): k is string => typeof k === 'string')),
  ];
  return top.flatMap((field) => describeField(field, before, after, names));
}

/** An amount of hours with its sign (`+ 200`, `− 1.363`, `0`), for shifted hours. */
export function formatSignedHours(delta: number): string {
  if (delta === 0) return '0';
  return `${delta > 0 ? '+' : '\u2212'} ${formatNumber(Math.abs(delta))}`;
}

/** An amount of money with its sign (`+ € 12.000`, `− € 378.675`). */
export function formatSignedMoney(delta: Cents): string {
  if (Math.round(delta / 100) === 0) return formatMoney(0 as Cents);
  return delta > 0 ? `+ ${formatMoney(delta)}` : formatMoney(delta);
}
