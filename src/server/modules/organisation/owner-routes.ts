import { asc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  CreateOwnerSchema,
  OwnerPatchSchema,
  OwnerSchema,
  RegionInputSchema,
  RegionSchema,
} from '../../../shared/schemas/organisation.ts';
import type { DbOrTx } from '../../db/client.ts';
import { owners, regionOwners, regions } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { canAdministerInstallation, canReachOwner, canViewRegion } from '../auth/policy.ts';
import { createOwner, updateOwner } from './commands/save-owner.ts';
import { saveRegion } from './commands/save-region.ts';
import { authorizeOwner } from './routes.ts';

const presentOwner = (o: typeof owners.$inferSelect) => ({
  id: o.id,
  name: o.name,
  kind: o.kind,
  orgNumber: o.orgNumber,
});

async function loadRegions(db: DbOrTx, ids: string[] | 'all') {
  if (ids !== 'all' && ids.length === 0) return [];
  const rows = await db
    .select()
    .from(regions)
    .where(ids === 'all' ? undefined : inArray(regions.id, ids))
    .orderBy(asc(regions.name));
  const members = rows.length
    ? await db
        .select()
        .from(regionOwners)
        .where(
          inArray(
            regionOwners.regionId,
            rows.map((r) => r.id),
          ),
        )
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    ownerIds: members.filter((m) => m.regionId === r.id).map((m) => m.ownerId),
  }));
}

/** Owners (tenants) and regions: what a national admin maintains, and what others may see of them. */
export async function ownerRoutes(fastify: FastifyInstance, { db }: ModuleDeps) {
  const app = typed(fastify);
  const tags = ['organisation'];

  app.get(
    '/api/owners',
    { schema: { tags, response: { 200: z.object({ items: z.array(OwnerSchema) }) } } },
    async (request) => {
      const actor = requireActor(request);
      const ids = [...actor.ownerRoles.keys()];
      const rows =
        canAdministerInstallation(actor) || actor.nationalRoles.size > 0
          ? await db.select().from(owners).orderBy(asc(owners.name))
          : ids.length
            ? await db.select().from(owners).where(inArray(owners.id, ids)).orderBy(asc(owners.name))
            : [];
      return { items: rows.map(presentOwner) };
    },
  );

  app.post(
    '/api/owners',
    { schema: { tags, body: CreateOwnerSchema, response: { 201: OwnerSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canAdministerInstallation(actor)) throw new AppError('FORBIDDEN');
      const owner = await createOwner({ db, actor, input: request.body });
      return reply.code(201).send(presentOwner(owner));
    },
  );

  app.patch(
    '/api/owners/:ownerId',
    {
      schema: {
        tags,
        params: z.strictObject({ ownerId: IdSchema }),
        body: OwnerPatchSchema,
        response: { 200: OwnerSchema },
      },
    },
    async (request) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      return presentOwner(await updateOwner({ db, actor, ownerId: request.params.ownerId, patch: request.body }));
    },
  );

  app.get(
    '/api/regions',
    { schema: { tags, response: { 200: z.object({ items: z.array(RegionSchema) }) } } },
    async (request) => {
      const actor = requireActor(request);
      if (canAdministerInstallation(actor)) return { items: await loadRegions(db, 'all') };
      const ids = actor.grants.filter((g) => g.scopeType === 'region' && g.scopeId).map((g) => g.scopeId as string);
      return { items: await loadRegions(db, [...new Set(ids)]) };
    },
  );

  app.get(
    '/api/regions/:regionId',
    { schema: { tags, params: z.strictObject({ regionId: IdSchema }), response: { 200: RegionSchema } } },
    async (request) => {
      const actor = requireActor(request);
      if (!canViewRegion(actor, request.params.regionId)) throw new AppError('NOT_FOUND');
      const [region] = await loadRegions(db, [request.params.regionId]);
      if (!region) throw new AppError('NOT_FOUND');
      return region;
    },
  );

  app.post(
    '/api/regions',
    { schema: { tags, body: RegionInputSchema, response: { 201: RegionSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!canAdministerInstallation(actor)) throw new AppError('FORBIDDEN');
      return reply.code(201).send(await saveRegion({ db, actor, input: request.body }));
    },
  );

  app.put(
    '/api/regions/:regionId',
    {
      schema: {
        tags,
        params: z.strictObject({ regionId: IdSchema }),
        body: RegionInputSchema,
        response: { 200: RegionSchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canViewRegion(actor, request.params.regionId)) throw new AppError('NOT_FOUND');
      if (!canAdministerInstallation(actor)) throw new AppError('FORBIDDEN');
      return saveRegion({ db, actor, regionId: request.params.regionId, input: request.body });
    },
  );

  // Keeps the owner lookup honest for callers who reach an owner only through a region.
  app.get(
    '/api/owners/:ownerId/regions',
    {
      schema: {
        tags,
        params: z.strictObject({ ownerId: IdSchema }),
        response: { 200: z.object({ items: z.array(RegionSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!canReachOwner(actor, request.params.ownerId)) throw new AppError('NOT_FOUND');
      const memberOf = await db
        .select({ id: regionOwners.regionId })
        .from(regionOwners)
        .where(eq(regionOwners.ownerId, request.params.ownerId));
      return {
        items: await loadRegions(
          db,
          memberOf.map((m) => m.id),
        ),
      };
    },
  );
}
