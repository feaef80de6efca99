import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../shared/rules/school-year.ts';
import { plannedMinutesTo } from '../../../shared/rules/session-plan.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  ComplianceSchema,
  CreateProgrammeSchema,
  EnrolInputSchema,
  EnrolmentPatchSchema,
  EnrolmentPlanSchema,
  EnrolmentSchema,
  MentorProfileInputSchema,
  MentorProfileSchema,
  ProgrammePatchSchema,
  ProgrammeSchema,
  ProgrammeSummarySchema,
  ReachSchema,
} from '../../../shared/schemas/mentoring.ts';
import { ProgrammeOverviewSchema } from '../../../shared/schemas/overview.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import type { Actor } from '../auth/actor.ts';
import { agreementRoutes } from './agreements/routes.ts';
import { annualReportRoutes } from './annual-report/routes.ts';
import { createProgramme } from './commands/create-programme.ts';
import { enrolNqts } from './commands/enrol-nqts.ts';
import { saveMentorProfile } from './commands/save-mentor-profile.ts';
import { updateEnrolment } from './commands/update-enrolment.ts';
import { updateProgramme } from './commands/update-programme.ts';
import { getCompliance } from './compliance-queries.ts';
import { knowledgeBaseRoutes } from './knowledge-base/routes.ts';
import { matchingRoutes } from './matching-routes.ts';
import { myMentoringRoutes } from './my-routes.ts';
import { getProgrammeOverview } from './overview.ts';
import { planForEnrolment } from './plan.ts';
import { authorizeProgrammes, canManageProgrammes } from './policy.ts';
import {
  getEnrolmentRow,
  getProgrammeRow,
  getReach,
  listMentorProfiles,
  listProgrammes,
  loadOwnerStaff,
  type ProgrammeRow,
  presentEnrolment,
  presentProgrammeSummary,
  programmeAsOf,
} from './queries.ts';

const OwnerParams = z.strictObject({ ownerId: IdSchema });
const ProgrammeParams = OwnerParams.extend({ programmeId: IdSchema });
const EnrolmentParams = ProgrammeParams.extend({ enrolmentId: IdSchema });
const MentorParams = ProgrammeParams.extend({ personId: IdSchema });

/** The NQT mentoring programme under /api/owners/:ownerId/programmes. */
export async function mentoringRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['mentoring'];
  // Europe/Oslo's calendar day; read per request, so a long-running process moves with the date.
  const today = () => osloDate(new Date());

  const present = (row: ProgrammeRow, actor: Actor) => ({
    ...presentProgrammeSummary(row),
    settings: row.settings,
    abilities: { manage: canManageProgrammes(actor, row.ownerId) },
  });

  async function mustGetProgramme(ownerId: string, programmeId: string) {
    const row = await getProgrammeRow(db, ownerId, programmeId);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }

  app.get(
    '/api/owners/:ownerId/programmes',
    { schema: { tags, params: OwnerParams, response: { 200: z.object({ items: z.array(ProgrammeSummarySchema) }) } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      return { items: await listProgrammes(db, request.params.ownerId) };
    },
  );

  app.post(
    '/api/owners/:ownerId/programmes',
    { schema: { tags, params: OwnerParams, body: CreateProgrammeSchema, response: { 201: ProgrammeSchema } } },
    async (request, reply) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const row = await createProgramme({ db, actor, ownerId: request.params.ownerId, input: request.body });
      return reply.code(201).send(present(row, actor));
    },
  );

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId',
    { schema: { tags, params: ProgrammeParams, response: { 200: ProgrammeSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'view');
      return present(await mustGetProgramme(request.params.ownerId, request.params.programmeId), actor);
    },
  );

  app.patch(
    '/api/owners/:ownerId/programmes/:programmeId',
    { schema: { tags, params: ProgrammeParams, body: ProgrammePatchSchema, response: { 200: ProgrammeSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { ownerId, programmeId } = request.params;
      return present(await updateProgramme({ db, actor, ownerId, programmeId, patch: request.body }), actor);
    },
  );

  // Reach and enrolments
  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/reach',
    { schema: { tags, params: ProgrammeParams, response: { 200: ReachSchema } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      const programme = await mustGetProgramme(request.params.ownerId, request.params.programmeId);
      return getReach(db, request.params.ownerId, programme, today());
    },
  );

  app.post(
    '/api/owners/:ownerId/programmes/:programmeId/enrolments',
    {
      schema: {
        tags,
        params: ProgrammeParams,
        body: EnrolInputSchema,
        response: { 201: z.object({ items: z.array(EnrolmentSchema) }) },
      },
    },
    async (request, reply) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { ownerId, programmeId } = request.params;
      const ids = await enrolNqts({ db, actor, ownerId, programmeId, input: request.body, today: today() });
      const reach = await getReach(db, ownerId, await mustGetProgramme(ownerId, programmeId), today());
      const created = new Set(ids);
      const items = [...reach.enrolled, ...reach.left].filter((e) => created.has(e.id));
      return reply.code(201).send({ items });
    },
  );

  app.patch(
    '/api/owners/:ownerId/programmes/:programmeId/enrolments/:enrolmentId',
    { schema: { tags, params: EnrolmentParams, body: EnrolmentPatchSchema, response: { 200: EnrolmentSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { ownerId, programmeId, enrolmentId } = request.params;
      const programme = await mustGetProgramme(ownerId, programmeId);
      const row = await updateEnrolment({ db, actor, ownerId, programmeId, enrolmentId, patch: request.body });
      return presentEnrolment(row, await loadOwnerStaff(db, ownerId), programmeAsOf(programme.settings, today()));
    },
  );

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/enrolments/:enrolmentId/plan',
    { schema: { tags, params: EnrolmentParams, response: { 200: EnrolmentPlanSchema } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      const { ownerId, programmeId, enrolmentId } = request.params;
      const programme = await mustGetProgramme(ownerId, programmeId);
      const row = await getEnrolmentRow(db, ownerId, programmeId, enrolmentId);
      if (!row) throw new AppError('NOT_FOUND');
      const staff = await loadOwnerStaff(db, ownerId);
      const { settings } = programme;
      const sessions = planForEnrolment(settings, row, row.unitId ? staff.units.get(row.unitId)?.unitType : null);
      const asOf = programmeAsOf(settings, today());
      return {
        enrolmentId,
        asOf,
        sessions,
        plannedMinutesToDate: plannedMinutesTo(sessions, asOf),
        plannedMinutesTotal: plannedMinutesTo(sessions, settings.calendar.lastDay),
      };
    },
  );

  // Mentor profiles
  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/mentors',
    { schema: { tags, params: ProgrammeParams, response: { 200: z.object({ items: z.array(MentorProfileSchema) }) } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      const { ownerId, programmeId } = request.params;
      await mustGetProgramme(ownerId, programmeId);
      return { items: await listMentorProfiles(db, ownerId, programmeId) };
    },
  );

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/mentors/:personId',
    { schema: { tags, params: MentorParams, response: { 200: MentorProfileSchema } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      const { ownerId, programmeId, personId } = request.params;
      const [profile] = await listMentorProfiles(db, ownerId, programmeId, personId);
      if (!profile) throw new AppError('NOT_FOUND');
      return profile;
    },
  );

  app.put(
    '/api/owners/:ownerId/programmes/:programmeId/mentors/:personId',
    { schema: { tags, params: MentorParams, body: MentorProfileInputSchema, response: { 200: MentorProfileSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const { ownerId, programmeId, personId } = request.params;
      await saveMentorProfile({ db, actor, ownerId, programmeId, personId, input: request.body });
      const [profile] = await listMentorProfiles(db, ownerId, programmeId, personId);
      if (!profile) throw new AppError('NOT_FOUND');
      return profile;
    },
  );

  // Planned against held minutes (issue 3, item 6): figures only, never a note.
  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/compliance',
    { schema: { tags, params: ProgrammeParams, response: { 200: ComplianceSchema } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      const { ownerId, programmeId } = request.params;
      return getCompliance(db, ownerId, await mustGetProgramme(ownerId, programmeId), today());
    },
  );

  // The programme at a glance for its overview page (issue 3, item 9).
  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/overview',
    { schema: { tags, params: ProgrammeParams, response: { 200: ProgrammeOverviewSchema } } },
    async (request) => {
      authorizeProgrammes(request, request.params.ownerId, 'view');
      const { ownerId, programmeId } = request.params;
      return getProgrammeOverview(db, ownerId, await mustGetProgramme(ownerId, programmeId), today());
    },
  );

  await matchingRoutes(fastify, deps);
  await myMentoringRoutes(fastify, deps);
  await agreementRoutes(fastify, deps);
  await knowledgeBaseRoutes(fastify, deps);
  await annualReportRoutes(fastify, deps);
}
