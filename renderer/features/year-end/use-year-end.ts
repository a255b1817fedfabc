import { useEffect, useMemo, useState } from 'react';
import type { Realisation } from '../../../shared/domain/realisation';
import type { Activity } from '../../../shared/domain/schemas';
import type { ProgrammeSnapshot } from '../../../shared/domain/snapshot';
import { versionSnapshot } from '../../../shared/file/version-content';
import { countsForCapacity } from '../../../shared/planning/counting';
import {
  planActual,
  type PlanActual,
  type PreviousYear,
} from '../../../shared/year-end/plan-actual';
import { yearOverYear, type YearOverYear } from '../../../shared/year-end/year-over-year';
import type { AmendmentLog } from '../../state/commands/amendments';
import type { ProgrammeYearRows } from '../../state/commands/year-end-watch';
import { planOf } from '../../state/planning';
import { useCommands } from '../../state/store';

/** What the year-end screen shows; null while the adopted version or the realisation loads. */
export type YearEndView = {
  readonly planActual: PlanActual;
  readonly yearOverYear: YearOverYear;
  /** The amendment log of the programme, for the pack. */
  readonly log: AmendmentLog;
};

/**
 * Plan against actual and year over year of the programme on screen, kept current: the adopted
 * version (through the amendment log's watcher), the realisation rows, and last year's
 * programme (same organisation, year − 1) with its activities and realisation.
 */
export function useYearEnd(data: ProgrammeSnapshot): YearEndView | null {
  const { watchAmendments, watchRealisations, watchProgrammeYear } = useCommands();
  const id = data.programme.id;
  const [log, setLog] = useState<AmendmentLog | null>(null);
  const [rows, setRows] = useState<{ id: string; rows: readonly Realisation[] } | null>(null);
  const [prevRows, setPrevRows] = useState<ProgrammeYearRows | null>(null);
  const prevProgramme =
    data.programmes.find(
      (p) =>
        p.organisationId === data.programme.organisationId && p.year === data.programme.year - 1,
    ) ?? null;
  const prevId = prevProgramme?.id ?? null;
  useEffect(() => watchAmendments(id, setLog), [id, watchAmendments]);
  useEffect(
    () =>
      watchRealisations(id, (r) => {
        setRows({ id, rows: r });
      }),
    [id, watchRealisations],
  );
  useEffect(
    () => (prevId === null ? undefined : watchProgrammeYear(prevId, setPrevRows)),
    [prevId, watchProgrammeYear],
  );
  const adoptedLog = log?.programmeId === id ? log : null;
  const realisations = rows?.id === id ? rows.rows : null;
  const prev = prevId !== null && prevRows?.programmeId === prevId ? prevRows : null;
  return useMemo(() => {
    if (adoptedLog === null || realisations === null) return null;
    if (prevId !== null && prev === null) return null;
    const read = adoptedLog.adopted ? versionSnapshot(adoptedLog.adopted) : null;
    const adopted = read?.ok ? read.value : null;
    const previous: PreviousYear | null =
      prevProgramme && prev
        ? { programme: prevProgramme, activities: prev.activities, realisations: prev.realisations }
        : null;
    const pa = planActual({ current: data, adopted, realisations, previous }, planOf);
    const basis = adopted ?? data;
    const planned = planOf(basis).planning.planned;
    const all: Activity[] = [
      ...basis.activities,
      ...data.mjpActivities,
      ...(previous?.activities ?? []),
    ];
    const yy = yearOverYear({
      programme: data.programme,
      activities: basis.activities,
      mjps: data.mjps,
      themes: data.themes,
      domains: data.domains,
      previous,
      programmes: data.programmes,
      allActivities: all,
      counts: (a) =>
        a.programmeId === basis.programme.id ? planned.has(a.id) : countsForCapacity(a),
    });
    return { planActual: pa, yearOverYear: yy, log: adoptedLog };
  }, [data, adoptedLog, realisations, prev, prevId, prevProgramme]);
}
