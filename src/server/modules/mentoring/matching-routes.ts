import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../shared/rules/school-year.ts';
import { IdSchema } from '../../../shared/schemas/common.ts';
import {
  EndPairInputSchema,
  LockInputSchema,
  ManualPairInputSchema,
  MatchingSchema,
  ProposeInputSchema,
} from '../../../shared/schemas/mentoring.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import type { Actor } from '../auth/actor.ts';
import { acceptPair } from './commands/accept-pair.ts';
import { createManualPair } from './commands/create-manual-pair.ts';
import { endPair } from './commands/end-pair.ts';
import { lockPair } from './commands/lock-pair.ts';
import { proposePairs } from './commands/propose-pairs.ts';
import { loadMatchingContext, presentMatching } from './matching-queries.ts';
import { authorizeProgrammes } from './policy.ts';
import { getProgrammeRow, type ProgrammeRow } from './queries.ts';

const ProgrammeParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema });
const PairParams = ProgrammeParams.extend({ pairId: IdSchema });

/**
 * Matching under /api/owners/:ownerId/programmes/:programmeId/matching: the view (GET), a proposal
 * from the solver, and the coordinator's decisions on pairs. Every write answers with the whole view,
 * so the page redraws from one response.
 */
export async function matchingRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['mentoring'];
  const today = () => osloDate(new Date());
  const base = '/api/owners/:ownerId/programmes/:programmeId/matching';

  async function mustGetProgramme(ownerId: string, programmeId: string) {
    const row = await getProgrammeRow(db, ownerId, programmeId);
    if (!row) throw new AppError('NOT_FOUND');
    return row;
  }
  const view = async (programme: ProgrammeRow, actor: Actor) =>
    presentMatching(await loadMatchingContext(db, programme.ownerId, programme, today()), actor);

  app.get(base, { schema: { tags, params: ProgrammeParams, response: { 200: MatchingSchema } } }, async (request) => {
    const actor = authorizeProgrammes(request, request.params.ownerId, 'view');
    return view(await mustGetProgramme(request.params.ownerId, request.params.programmeId), actor);
  });

  app.post(
    `${base}/propose`,
    { schema: { tags, params: ProgrammeParams, body: ProposeInputSchema, response: { 200: MatchingSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await mustGetProgramme(request.params.ownerId, request.params.programmeId);
      await proposePairs({ db, actor, programme, input: request.body, today: today() });
      return view(programme, actor);
    },
  );

  app.post(
    `${base}/pairs`,
    { schema: { tags, params: ProgrammeParams, body: ManualPairInputSchema, response: { 201: MatchingSchema } } },
    async (request, reply) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await mustGetProgramme(request.params.ownerId, request.params.programmeId);
      await createManualPair({ db, actor, programme, input: request.body, today: today() });
      return reply.code(201).send(await view(programme, actor));
    },
  );

  app.post(
    `${base}/pairs/:pairId/accept`,
    { schema: { tags, params: PairParams, response: { 200: MatchingSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await mustGetProgramme(request.params.ownerId, request.params.programmeId);
      await acceptPair({ db, actor, programme, pairId: request.params.pairId, today: today() });
      return view(programme, actor);
    },
  );

  app.post(
    `${base}/pairs/:pairId/lock`,
    { schema: { tags, params: PairParams, body: LockInputSchema, response: { 200: MatchingSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await mustGetProgramme(request.params.ownerId, request.params.programmeId);
      await lockPair({ db, actor, programme, pairId: request.params.pairId, input: request.body });
      return view(programme, actor);
    },
  );

  app.post(
    `${base}/pairs/:pairId/end`,
    { schema: { tags, params: PairParams, body: EndPairInputSchema, response: { 200: MatchingSchema } } },
    async (request) => {
      const actor = authorizeProgrammes(request, request.params.ownerId, 'manage');
      const programme = await mustGetProgramme(request.params.ownerId, request.params.programmeId);
      await endPair({ db, actor, programme, pairId: request.params.pairId, input: request.body });
      return view(programme, actor);
    },
  );
}
