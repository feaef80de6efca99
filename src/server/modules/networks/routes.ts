import { and, asc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../shared/rules/school-year.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  MoveMemberInputSchema,
  MyNetworkSchema,
  NetworkKindSchema,
  NetworkProposalSchema,
  NetworkViewSchema,
  ProposeNetworkInputSchema,
  RenameGroupInputSchema,
  SaveNetworkInputSchema,
} from '../../../shared/schemas/networks.ts';
import { employments, networkGroupMembers, networkGroups, people, programmes, units } from '../../db/schema.ts';
import { audit } from '../../lib/audit.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { authorizeProgrammes, canManageProgrammes } from '../mentoring/policy.ts';
import { getProgrammeRow } from '../mentoring/queries.ts';
import { moveMember } from './commands/move-member.ts';
import { proposeGroups } from './commands/propose-groups.ts';
import { saveGroups } from './commands/save-groups.ts';
import { loadNetworkContext, presentNetwork } from './queries.ts';

const KindParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema, networkKind: NetworkKindSchema });
const GroupParams = KindParams.extend({ groupId: IdSchema });

/**
 * Network groups under /api/owners/:ownerId/programmes/:programmeId/networks/:networkKind (`nqt` or
 * `mentor`): the saved groups (GET), a proposal from the solver (not saved), saving a whole grouping,
 * moving one person and renaming a group. The programme's viewers see; its managers change. Every write
 * answers with the whole view. /api/me/networks is the caller's own groups.
 */
export async function networkRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['networks'];
  const today = () => osloDate(new Date());
  const base = '/api/owners/:ownerId/programmes/:programmeId/networks/:networkKind';

  async function context(params: z.infer<typeof KindParams>) {
    const programme = await getProgrammeRow(db, params.ownerId, params.programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    return loadNetworkContext(db, params.ownerId, programme, params.networkKind, today());
  }

  app.get(base, { schema: { tags, params: KindParams, response: { 200: NetworkViewSchema } } }, async (request) => {
    const actor = authorizeProgrammes(request, request.params.ownerId, 'view');
    return presentNetwork(await context(request.params), canManageProgrammes(actor, request.params.ownerId));
  });

  app.post(
    `${base}/propose`,
    {
      schema: { tags, params: KindParams, body: ProposeNetworkInputSchema, response: { 200: NetworkProposalSchema } },
    },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'manage');
      const ctx = await context(request.params);
      return proposeGroups({ ctx, input: request.body, locale: request.locale });
    },
  );

  app.put(
    base,
    { schema: { tags, params: KindParams, body: SaveNetworkInputSchema, response: { 200: NetworkViewSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      await saveGroups({ db, actor, ctx: await context(request.params), input: request.body });
      return presentNetwork(await context(request.params), true);
    },
  );

  app.post(
    `${base}/moves`,
    { schema: { tags, params: KindParams, body: MoveMemberInputSchema, response: { 200: NetworkViewSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      await moveMember({ db, actor, ctx: await context(request.params), input: request.body });
      return presentNetwork(await context(request.params), true);
    },
  );

  app.patch(
    `${base}/groups/:groupId`,
    { schema: { tags, params: GroupParams, body: RenameGroupInputSchema, response: { 200: NetworkViewSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { ownerId, programmeId, networkKind: kind, groupId } = request.params;
      const ctx = await context(request.params);
      if (!ctx.groups.some((g) => g.id === groupId)) throw new AppError('NOT_FOUND');
      await db.transaction(async (tx) => {
        await tx
          .update(networkGroups)
          .set({ name: request.body.name, updatedAt: new Date() })
          .where(
            and(
              eq(networkGroups.ownerId, ownerId),
              eq(networkGroups.programmeId, programmeId),
              eq(networkGroups.kind, kind),
              eq(networkGroups.id, groupId),
            ),
          );
        await audit(tx, {
          actorUserId: actor.userId,
          ownerId,
          action: 'networks.rename',
          entity: 'network_group',
          entityId: groupId,
          details: { name: request.body.name },
        });
      });
      return presentNetwork(await context(request.params), true);
    },
  );

  app.get('/api/me/networks', { schema: { tags, response: { 200: MyNetworkSchema } } }, async (request) => {
    const actor = requireActor(request);
    if (!actor.personId) return { groups: [] };
    const mine = await db
      .select({
        groupId: networkGroups.id,
        ownerId: networkGroups.ownerId,
        kind: networkGroups.kind,
        name: networkGroups.name,
        programmeName: programmes.name,
        schoolYear: programmes.schoolYear,
      })
      .from(networkGroupMembers)
      .innerJoin(
        networkGroups,
        and(eq(networkGroups.id, networkGroupMembers.groupId), eq(networkGroups.ownerId, networkGroupMembers.ownerId)),
      )
      .innerJoin(
        programmes,
        and(eq(programmes.id, networkGroups.programmeId), eq(programmes.ownerId, networkGroups.ownerId)),
      )
      .where(eq(networkGroupMembers.personId, actor.personId))
      .orderBy(asc(programmes.schoolYear), asc(networkGroups.kind));
    if (mine.length === 0) return { groups: [] };
    // Only the members' names and units: nothing else about them is shown to fellow members.
    const rows = await db
      .select({
        groupId: networkGroupMembers.groupId,
        personId: people.id,
        givenName: people.givenName,
        familyName: people.familyName,
        unitName: units.name,
        startDate: employments.startDate,
      })
      .from(networkGroupMembers)
      .innerJoin(
        people,
        and(eq(people.id, networkGroupMembers.personId), eq(people.ownerId, networkGroupMembers.ownerId)),
      )
      .leftJoin(employments, and(eq(employments.personId, people.id), eq(employments.ownerId, people.ownerId)))
      .leftJoin(units, and(eq(units.id, employments.unitId), eq(units.ownerId, employments.ownerId)))
      .where(
        inArray(
          networkGroupMembers.groupId,
          mine.map((g) => g.groupId),
        ),
      );
    const today = osloDate(new Date());
    const byGroup = new Map<
      string,
      Map<string, { personId: string; name: string; unitName: string | null; isMe: boolean }>
    >();
    for (const r of rows) {
      const members = byGroup.get(r.groupId) ?? new Map();
      const known = members.get(r.personId);
      // Prefer a current employment's unit (the latest start up to today).
      const current = r.startDate !== null && r.startDate <= today;
      if (!known || (current && r.unitName)) {
        members.set(r.personId, {
          personId: r.personId,
          name: `${r.givenName} ${r.familyName}`,
          unitName: r.unitName ?? known?.unitName ?? null,
          isMe: r.personId === actor.personId,
        });
      }
      byGroup.set(r.groupId, members);
    }
    return {
      groups: mine.map((g) => ({
        id: g.groupId,
        kind: g.kind,
        name: g.name,
        programmeName: g.programmeName,
        members: [...(byGroup.get(g.groupId)?.values() ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nb')),
      })),
    };
  });
}
