import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { UNIT_TYPES } from '../../../shared/enums.ts';
import { IdSchema, OkSchema, PageQuerySchema } from '../../../shared/schemas/common.ts';
import {
  EmploymentInputSchema,
  GrantRoleSchema,
  OwnerSchema,
  PersonDetailSchema,
  PersonInputSchema,
  PersonPatchSchema,
  PersonSchema,
  UnitInputSchema,
  UnitPatchSchema,
  UnitSchema,
} from '../../../shared/schemas/organisation.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { inviteUser } from '../auth/commands/invite-user.ts';
import { canManageAccess, canManageOrganisation, canReachOwner, canViewOrganisation } from '../auth/policy.ts';
import { createPerson } from './commands/create-person.ts';
import { createUnit } from './commands/create-unit.ts';
import { grantRole, revokeRole } from './commands/grant-role.ts';
import { saveEmployment } from './commands/save-employment.ts';
import { updatePerson } from './commands/update-person.ts';
import { updateUnit } from './commands/update-unit.ts';
import { importRoutes } from './import/routes.ts';
import { getOwner, getPersonDetail, getUnit, listPeople, listUnits, presentUnit } from './queries.ts';

/**
 * The owner's resources live under /api/owners/:ownerId. A caller who does not reach the owner gets
 * 404 (not 403), so another tenant's ids reveal nothing; one who reaches it without the right gets 403.
 */
export function authorizeOwner(request: FastifyRequest, ownerId: string, need: 'view' | 'manage' | 'access'): Actor {
  const actor = requireActor(request);
  if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
  const allowed =
    need === 'view'
      ? canViewOrganisation(actor, ownerId)
      : need === 'manage'
        ? canManageOrganisation(actor, ownerId)
        : canManageAccess(actor, ownerId);
  if (!allowed) throw new AppError('FORBIDDEN');
  return actor;
}

const OwnerParams = z.strictObject({ ownerId: IdSchema });
const UnitParams = OwnerParams.extend({ unitId: IdSchema });
const PersonParams = OwnerParams.extend({ personId: IdSchema });
const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number() });

export async function organisationRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db, env } = deps;
  const tags = ['organisation'];

  async function mustGetPerson(ownerId: string, personId: string) {
    const person = await getPersonDetail(db, ownerId, personId);
    if (!person) throw new AppError('NOT_FOUND');
    return person;
  }

  app.get(
    '/api/owners/:ownerId',
    { schema: { tags, params: OwnerParams, response: { 200: OwnerSchema } } },
    async (request) => {
      const actor = requireActor(request);
      if (!canReachOwner(actor, request.params.ownerId)) throw new AppError('NOT_FOUND');
      const owner = await getOwner(db, request.params.ownerId);
      if (!owner) throw new AppError('NOT_FOUND');
      return { id: owner.id, name: owner.name, kind: owner.kind, orgNumber: owner.orgNumber };
    },
  );

  // Units
  app.get(
    '/api/owners/:ownerId/units',
    {
      schema: {
        tags,
        params: OwnerParams,
        querystring: PageQuerySchema.extend({ unitType: z.enum(UNIT_TYPES).optional() }),
        response: { 200: page(UnitSchema) },
      },
    },
    async (request) => {
      authorizeOwner(request, request.params.ownerId, 'view');
      return listUnits(db, request.params.ownerId, request.query);
    },
  );

  app.post(
    '/api/owners/:ownerId/units',
    { schema: { tags, params: OwnerParams, body: UnitInputSchema, response: { 201: UnitSchema } } },
    async (request, reply) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      const unit = await createUnit({ db, actor, ownerId: request.params.ownerId, input: request.body });
      return reply.code(201).send(unit);
    },
  );

  app.get(
    '/api/owners/:ownerId/units/:unitId',
    { schema: { tags, params: UnitParams, response: { 200: UnitSchema } } },
    async (request) => {
      authorizeOwner(request, request.params.ownerId, 'view');
      const unit = await getUnit(db, request.params.ownerId, request.params.unitId);
      if (!unit) throw new AppError('NOT_FOUND');
      return presentUnit(unit);
    },
  );

  app.patch(
    '/api/owners/:ownerId/units/:unitId',
    { schema: { tags, params: UnitParams, body: UnitPatchSchema, response: { 200: UnitSchema } } },
    async (request) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      const { ownerId, unitId } = request.params;
      return updateUnit({ db, actor, ownerId, unitId, patch: request.body });
    },
  );

  // People
  app.get(
    '/api/owners/:ownerId/people',
    {
      schema: {
        tags,
        params: OwnerParams,
        querystring: PageQuerySchema.extend({ unitId: IdSchema.optional() }),
        response: { 200: page(PersonSchema) },
      },
    },
    async (request) => {
      authorizeOwner(request, request.params.ownerId, 'view');
      return listPeople(db, request.params.ownerId, request.query);
    },
  );

  app.post(
    '/api/owners/:ownerId/people',
    {
      schema: {
        tags,
        params: OwnerParams,
        body: PersonInputSchema.extend({ employment: EmploymentInputSchema.optional() }),
        response: { 201: PersonDetailSchema },
      },
    },
    async (request, reply) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      const { employment, ...input } = request.body;
      const ownerId = request.params.ownerId;
      const personId = await createPerson({ db, actor, ownerId, input, employment });
      return reply.code(201).send(await mustGetPerson(ownerId, personId));
    },
  );

  app.get(
    '/api/owners/:ownerId/people/:personId',
    { schema: { tags, params: PersonParams, response: { 200: PersonDetailSchema } } },
    async (request) => {
      authorizeOwner(request, request.params.ownerId, 'view');
      return mustGetPerson(request.params.ownerId, request.params.personId);
    },
  );

  app.patch(
    '/api/owners/:ownerId/people/:personId',
    { schema: { tags, params: PersonParams, body: PersonPatchSchema, response: { 200: PersonDetailSchema } } },
    async (request) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      const { ownerId, personId } = request.params;
      await updatePerson({ db, actor, ownerId, personId, patch: request.body });
      return mustGetPerson(ownerId, personId);
    },
  );

  app.post(
    '/api/owners/:ownerId/people/:personId/employments',
    { schema: { tags, params: PersonParams, body: EmploymentInputSchema, response: { 201: PersonDetailSchema } } },
    async (request, reply) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      const { ownerId, personId } = request.params;
      await saveEmployment({ db, actor, ownerId, personId, input: request.body });
      return reply.code(201).send(await mustGetPerson(ownerId, personId));
    },
  );

  app.put(
    '/api/owners/:ownerId/people/:personId/employments/:employmentId',
    {
      schema: {
        tags,
        params: PersonParams.extend({ employmentId: IdSchema }),
        body: EmploymentInputSchema,
        response: { 200: PersonDetailSchema },
      },
    },
    async (request) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'manage');
      const { ownerId, personId, employmentId } = request.params;
      await saveEmployment({ db, actor, ownerId, personId, employmentId, input: request.body });
      return mustGetPerson(ownerId, personId);
    },
  );

  // Roles and invitations
  app.post(
    '/api/owners/:ownerId/people/:personId/roles',
    {
      schema: {
        tags,
        params: PersonParams,
        body: GrantRoleSchema,
        response: { 201: PersonDetailSchema.extend({ invited: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'access');
      const { ownerId, personId } = request.params;
      const result = await grantRole({ db, actor, ownerId, personId, input: request.body, publicUrl: env.PUBLIC_URL });
      if (result.invited) deps.kickMail();
      return reply.code(201).send({ ...(await mustGetPerson(ownerId, personId)), invited: result.invited });
    },
  );

  app.delete(
    '/api/owners/:ownerId/people/:personId/roles/:grantId',
    { schema: { tags, params: PersonParams.extend({ grantId: IdSchema }), response: { 200: OkSchema } } },
    async (request) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'access');
      const { ownerId, personId, grantId } = request.params;
      await revokeRole({ db, actor, ownerId, personId, grantId });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/owners/:ownerId/people/:personId/invitation',
    { schema: { tags, params: PersonParams, response: { 200: OkSchema } } },
    async (request) => {
      const actor = authorizeOwner(request, request.params.ownerId, 'access');
      const { ownerId, personId } = request.params;
      await db.transaction((tx) => inviteUser({ tx, actor, ownerId, personId, publicUrl: env.PUBLIC_URL }));
      deps.kickMail();
      return { ok: true as const };
    },
  );

  await app.register(importRoutes, deps);
}
