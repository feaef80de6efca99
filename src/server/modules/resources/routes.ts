import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdSchema, OkSchema } from '../../../shared/schemas/common.ts';
import {
  CreateResourceSchema,
  FileResourceMetadataSchema,
  ResourceDetailSchema,
  ResourceListSchema,
  ResourceQuerySchema,
  UpdateResourceSchema,
} from '../../../shared/schemas/resources.ts';
import { AppError, validationError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { createResource } from './commands/create-resource.ts';
import { deleteResource } from './commands/delete-resource.ts';
import { updateResource } from './commands/update-resource.ts';
import { renderMarkdown } from './markdown.ts';
import { authorizeResources, canManageResources } from './policy.ts';
import { getResource, getResourceFile, listResources, presentResource } from './queries.ts';
import { attachmentHeader, cleanFileName, sniffResourceFile } from './sniff.ts';

const OwnerParams = z.strictObject({ ownerId: IdSchema });
const ResourceParams = OwnerParams.extend({ resourceId: IdSchema });
const CreatedSchema = z.object({ id: IdSchema });

/**
 * The resource bank (issue 4, item 7). Everyone who reaches the owner lists, searches and opens the
 * resources meant for their roles' audience (others answer 404); coordinators and the owner's
 * administrators see all and keep the bank.
 */
export async function resourceRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db, env } = deps;
  const tags = ['resources'];
  const uploadLimitBytes = Math.floor(env.RESOURCE_UPLOAD_MB * 1024 * 1024);

  app.get(
    '/api/owners/:ownerId/resources',
    {
      schema: {
        tags,
        summary: 'Resources the caller may see: search (Norwegian stemming) and filters by tag',
        params: OwnerParams,
        querystring: ResourceQuerySchema,
        response: { 200: ResourceListSchema },
      },
    },
    async (request) => {
      const { ownerId } = request.params;
      const { actor, visible } = authorizeResources(request, ownerId, 'view');
      const page = await listResources(db, ownerId, visible, request.query);
      return { ...page, uploadLimitBytes, abilities: { manage: canManageResources(actor, ownerId) } };
    },
  );

  app.post(
    '/api/owners/:ownerId/resources',
    {
      schema: {
        tags,
        summary: 'Add a link or a Markdown text',
        params: OwnerParams,
        body: CreateResourceSchema,
        response: { 201: CreatedSchema },
      },
    },
    async (request, reply) => {
      const { ownerId } = request.params;
      const { actor } = authorizeResources(request, ownerId, 'manage');
      const id = await createResource({ db, actor, ownerId, input: request.body });
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/owners/:ownerId/resources/files',
    {
      schema: {
        tags,
        summary:
          'Upload a file (multipart: a "metadata" JSON field, then the "file"); its type is sniffed from the bytes',
        consumes: ['multipart/form-data'],
        params: OwnerParams,
        response: { 201: CreatedSchema },
      },
    },
    async (request, reply) => {
      const { ownerId } = request.params;
      const { actor } = authorizeResources(request, ownerId, 'manage');
      if (!request.isMultipart()) throw new AppError('RESOURCE_FILE_MISSING');
      const part = await request.file({ limits: { fileSize: uploadLimitBytes, files: 1, fields: 2 } });
      if (part?.fieldname !== 'file') {
        part?.file.resume();
        throw new AppError('RESOURCE_FILE_MISSING');
      }
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('RESOURCE_FILE_TOO_LARGE', { details: { limitBytes: uploadLimitBytes } });
        }
        throw err;
      }
      if (bytes.length === 0) throw new AppError('RESOURCE_FILE_MISSING');
      const field = part.fields.metadata;
      const raw = field && !Array.isArray(field) && field.type === 'field' ? String(field.value) : '';
      let json: unknown;
      try {
        json = JSON.parse(raw || 'null');
      } catch {
        throw new AppError('INVALID_JSON');
      }
      const metadata = FileResourceMetadataSchema.safeParse(json ?? {});
      if (!metadata.success) throw validationError(metadata.error, request.locale);
      const name = cleanFileName(part.filename ?? '');
      const sniffed = await sniffResourceFile(bytes, name);
      const id = await createResource({
        db,
        actor,
        ownerId,
        input: { ...metadata.data, kind: 'file', file: { ...sniffed, name, bytes } },
      });
      return reply.code(201).send({ id });
    },
  );

  app.get(
    '/api/owners/:ownerId/resources/:resourceId',
    { schema: { tags, params: ResourceParams, response: { 200: ResourceDetailSchema } } },
    async (request) => {
      const { ownerId, resourceId } = request.params;
      const { actor, visible } = authorizeResources(request, ownerId, 'view');
      const row = await getResource(db, ownerId, resourceId, visible);
      if (!row) throw new AppError('NOT_FOUND');
      return {
        ...presentResource(row),
        body: row.kind === 'text' ? row.body : '',
        html: row.kind === 'text' ? renderMarkdown(row.body) : '',
        abilities: { manage: canManageResources(actor, ownerId) },
      };
    },
  );

  app.get(
    '/api/owners/:ownerId/resources/:resourceId/file',
    { schema: { tags, summary: 'Download a file resource (always as an attachment)', params: ResourceParams } },
    async (request, reply) => {
      const { ownerId, resourceId } = request.params;
      const { visible } = authorizeResources(request, ownerId, 'view');
      const row = await getResource(db, ownerId, resourceId, visible);
      const file = row?.kind === 'file' ? await getResourceFile(db, ownerId, resourceId) : null;
      if (!row || !file) throw new AppError('NOT_FOUND');
      return reply
        .header('content-type', file.mime)
        .header('content-length', file.size)
        .header('content-disposition', attachmentHeader(row.fileName ?? 'fil'))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.patch(
    '/api/owners/:ownerId/resources/:resourceId',
    { schema: { tags, params: ResourceParams, body: UpdateResourceSchema, response: { 200: OkSchema } } },
    async (request) => {
      const { ownerId, resourceId } = request.params;
      const { actor } = authorizeResources(request, ownerId, 'manage');
      await updateResource({ db, actor, ownerId, resourceId, input: request.body });
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/owners/:ownerId/resources/:resourceId',
    { schema: { tags, params: ResourceParams, response: { 200: OkSchema } } },
    async (request) => {
      const { ownerId, resourceId } = request.params;
      const { actor } = authorizeResources(request, ownerId, 'manage');
      await deleteResource({ db, actor, ownerId, resourceId });
      return { ok: true as const };
    },
  );
}
