import type { Me } from '../../../shared/schemas/auth.ts';
import type { Region } from '../../../shared/schemas/organisation.ts';
import type {
  RegionalProgramme,
  RegionalProgrammePatch,
  RegionalProgrammeSummary,
  RegionalSyncResult,
} from '../../../shared/schemas/regional-programmes.ts';
import { api } from '../../lib/api.ts';

export type { Region, RegionalProgramme, RegionalProgrammeSummary, RegionalSyncResult };

export const regionsPath = '/api/regions';
export const regionalProgrammesPath = (regionId: string) => `/api/regions/${regionId}/programmes`;
export const regionalProgrammePath = (regionId: string, id: string) => `${regionalProgrammesPath(regionId)}/${id}`;

export const regionalRoutes = {
  list: '/regioner',
  programme: (regionId: string, id: string) => `/regioner/${regionId}/veiledning/${id}`,
};

export const createRegionalProgramme = (regionId: string, schoolYear: string) =>
  api.post<RegionalSyncResult>(regionalProgrammesPath(regionId), { schoolYear });

export const updateRegionalProgramme = (regionId: string, id: string, patch: RegionalProgrammePatch) =>
  api.patch<RegionalProgramme>(regionalProgrammePath(regionId, id), patch);

export const syncRegionalProgramme = (regionId: string, id: string) =>
  api.post<RegionalSyncResult>(`${regionalProgrammePath(regionId, id)}/sync`);

export const shareKnowledgeBase = (regionId: string, id: string, fromProgrammeId: string) =>
  api.post<{ updated: number }>(`${regionalProgrammePath(regionId, id)}/knowledge-base`, { fromProgrammeId });

/** Has a grant on some region (the menu item), or administers the installation. */
export const seesRegions = (me: Me) =>
  me.grants.some((g) => g.scopeType === 'region' || (g.scopeType === 'national' && g.role === 'national_admin'));

/** Mirrors the server's `canRunRegionalProgramme`; the server decides in the end. */
export const runsRegion = (me: Me, regionId: string) =>
  me.grants.some(
    (g) =>
      (g.scopeType === 'national' && g.role === 'national_admin') ||
      (g.scopeType === 'region' && g.scopeId === regionId && g.role === 'region_coordinator'),
  );
