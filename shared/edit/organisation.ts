/**
 * The edits of an organisation's teams, themes and domains as pure functions: new rows with
 * their defaults, a team's line in a programme's capacity, and the refusal of a delete while
 * something still refers to the row (in Dutch, naming where).
 */
import type { Domain, Programme, Team, Theme } from '../domain/schemas';
import type { TeamId } from '../domain/ids';
import { fte } from '../domain/units';
import type { Message } from '../i18n/translate';
import { inUseMessage, usesOf, type OrganisationRows } from '../domain/references';

/** The order after the last of `rows` (1 for none). */
export const nextOrder = (rows: readonly { readonly order: number }[]): number =>
  rows.reduce((m, r) => Math.max(m, r.order), 0) + 1;

/** A new team of the organisation, after its other teams. */
export const newTeam = (organisationId: string, teams: readonly Team[], id: string): Team => ({
  id: id as Team['id'],
  organisationId: organisationId as Team['organisationId'],
  name: 'Nieuw team',
  order: nextOrder(teams),
});

/** The programme with a line of zero fte for a new team in its capacity. */
export const withTeamLine = (programme: Programme, teamId: string): Programme => ({
  ...programme,
  capacity: {
    ...programme.capacity,
    teams: [
      ...programme.capacity.teams,
      { teamId: teamId as TeamId, formationFte: fte(0), staffedFte: fte(0) },
    ],
  },
});

/** Whether a programme's capacity has a line for the team. */
export const hasTeamLine = (programme: Programme, teamId: string): boolean =>
  programme.capacity.teams.some((t) => t.teamId === teamId);

/** The programme without the team's line in its capacity (a deleted team takes it along). */
export const withoutTeamLine = (programme: Programme, teamId: string): Programme => ({
  ...programme,
  capacity: {
    ...programme.capacity,
    teams: programme.capacity.teams.filter((t) => t.teamId !== teamId),
  },
});

/** A new focus (no parent) or theme (under `parentId`) of the MJP, after its siblings. */
export function newTheme(
  mjpId: string,
  themes: readonly Theme[],
  parentId: string | null,
  id: string,
): Theme {
  const siblings = themes.filter((t) => t.mjpId === mjpId && t.parentId === parentId);
  return {
    id: id as Theme['id'],
    mjpId: mjpId as Theme['mjpId'],
    parentId: parentId as Theme['parentId'],
    name: parentId === null ? 'Nieuwe focus' : 'Nieuw thema',
    description: '',
    order: nextOrder(siblings),
  };
}

/** A new domain of the organisation, after its other domains. */
export const newDomain = (
  organisationId: string,
  domains: readonly Domain[],
  id: string,
): Domain => ({
  id: id as Domain['id'],
  organisationId: organisationId as Domain['organisationId'],
  name: 'Nieuw domein',
  order: nextOrder(domains),
});

/**
 * Why a team, theme or domain may not be deleted: the places of the whole organisation (every
 * programme, not only the one on screen) that still refer to it, except the sites `ignore`
 * names (they go along with it); null when nothing holds it.
 */
export function deleteRefusal(
  rows: OrganisationRows,
  kind: 'team' | 'theme' | 'domain',
  id: string,
  name: string,
  ignore: (site: string) => boolean = () => false,
): Message | null {
  const uses = usesOf(rows, kind, id).filter((u) => !ignore(u.site));
  return uses.length > 0 ? inUseMessage(rows, name, uses) : null;
}
