import type { Dexie } from 'dexie';

/**
 * Schema version 1: the foundation. Indexes cover what the screens query: activities by
 * programme (the programme screen), by domain and theme (filters, coverage), themes by MJP.
 * Released versions are never edited; a change is a new file (STYLE.md, convention 5).
 */
export function v001Initial(db: Dexie): void {
  db.version(1).stores({
    organisations: 'id',
    mjps: 'id, organisationId',
    themes: 'id, mjpId, parentId',
    domains: 'id, organisationId',
    teams: 'id, organisationId',
    programmes: 'id, organisationId, year',
    activities: 'id, programmeId, domainId, primaryThemeId',
  });
}
