import type {
  CreateResourceInput,
  FileResourceMetadata,
  ResourceDetail,
  ResourceList,
  ResourceSummary,
  UpdateResourceInput,
} from '../../../shared/schemas/resources.ts';
import { api, type Query, withQuery } from '../../lib/api.ts';

export type { ResourceDetail, ResourceList, ResourceSummary };

const base = (ownerId: string) => `/api/owners/${ownerId}/resources`;

export const resourcesPath = (ownerId: string, query: Query) => withQuery(base(ownerId), query);
export const resourcePath = (ownerId: string, resourceId: string) => `${base(ownerId)}/${resourceId}`;
export const resourceFilePath = (ownerId: string, resourceId: string) => `${resourcePath(ownerId, resourceId)}/file`;

export const resourceRoutes = {
  list: '/ressurser',
  create: '/ressurser/ny',
  view: (id: string) => `/ressurser/${id}`,
  edit: (id: string) => `/ressurser/${id}/endre`,
};

export const createResource = (ownerId: string, input: CreateResourceInput) =>
  api.post<{ id: string }>(base(ownerId), input);

/**
 * The metadata goes first: the server reads the form's fields that come before the file. Without a
 * file the server answers RESOURCE_FILE_MISSING in the reader's language, like every other refusal.
 */
export function uploadResource(ownerId: string, metadata: FileResourceMetadata, file: File | null) {
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  if (file) form.append('file', file, file.name);
  return api.post<{ id: string }>(`${base(ownerId)}/files`, form);
}

export const updateResource = (ownerId: string, resourceId: string, input: UpdateResourceInput) =>
  api.patch<{ ok: true }>(resourcePath(ownerId, resourceId), input);

export const deleteResource = (ownerId: string, resourceId: string) =>
  api.delete<{ ok: true }>(resourcePath(ownerId, resourceId));
