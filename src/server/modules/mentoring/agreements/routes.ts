import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import {
  AcceptAgreementSchema,
  AgreementListSchema,
  AgreementTemplateSchema,
  CreateAgreementsSchema,
  MyAgreementListSchema,
  TemplateInputSchema,
} from '../../../../shared/schemas/agreements.ts';
import { IdSchema } from '../../../../shared/schemas/common.ts';
import { AppError } from '../../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../../lib/module.ts';
import { requireActor } from '../../../lib/request-context.ts';
import { canReachOwner } from '../../auth/policy.ts';
import { canManageProgrammes, canViewProgrammes } from '../policy.ts';
import { getProgrammeRow } from '../queries.ts';
import { acceptAgreement } from './commands/accept-agreement.ts';
import { createAgreements } from './commands/create-agreements.ts';
import { saveTemplate } from './commands/save-template.ts';
import { renderAgreementPdf } from './pdf.ts';
import {
  type AgreementView,
  agreementText,
  currentTexts,
  latestTemplate,
  listAgreementRows,
  partiesOf,
  presentAgreements,
} from './queries.ts';

const OwnerParams = z.strictObject({ ownerId: IdSchema });
const ProgrammeParams = OwnerParams.extend({ programmeId: IdSchema });
const AgreementParams = ProgrammeParams.extend({ agreementId: IdSchema });
const MyAgreementParams = z.strictObject({ agreementId: IdSchema });

const strip = ({ texts: _texts, ...agreement }: AgreementView) => agreement;

/**
 * Agreements (issue 3, item 7): the template and the coordinator's view under the programme; the
 * parties' own list, acceptance and PDF under /api/me/agreements. Coordinators, owner and national
 * admins manage; analysts and region coordinators view; a party sees their own agreement; anyone else 404.
 */
export async function agreementRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['agreements'];

  async function mustGetProgramme(
    request: FastifyRequest,
    ownerId: string,
    programmeId: string,
    need: 'view' | 'manage',
  ) {
    const actor = requireActor(request);
    if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
    const allowed = need === 'view' ? canViewProgrammes(actor, ownerId) : canManageProgrammes(actor, ownerId);
    if (!allowed) throw new AppError('FORBIDDEN');
    const programme = await getProgrammeRow(db, ownerId, programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    return { actor, programme };
  }

  // The PDF in the viewer's language when they asked for one, else in the agreement's.
  async function sendPdf(request: FastifyRequest, reply: FastifyReply, view: AgreementView) {
    const locale: Locale = request.headers['accept-language'] ? request.locale : view.locale;
    const pdf = await renderAgreementPdf(view, locale);
    const nqt = view.parties.find((p) => p.party === 'nqt')?.name ?? '';
    const slug = nqt
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase();
    const filename = `${translate(locale, 'agreements.filename')}-${slug || view.id}.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${filename}"`)
      .send(pdf);
  }

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/agreement-template',
    { schema: { tags, params: ProgrammeParams, response: { 200: AgreementTemplateSchema } } },
    async (request) => {
      const { actor, programme } = await mustGetProgramme(
        request,
        request.params.ownerId,
        request.params.programmeId,
        'view',
      );
      const template = await latestTemplate(db, programme.ownerId, programme.id);
      return {
        programmeId: programme.id,
        version: template?.version ?? null,
        texts: currentTexts(template),
        createdAt: template?.createdAt.toISOString() ?? null,
        abilities: { manage: canManageProgrammes(actor, programme.ownerId) },
      };
    },
  );

  app.put(
    '/api/owners/:ownerId/programmes/:programmeId/agreement-template',
    {
      schema: { tags, params: ProgrammeParams, body: TemplateInputSchema, response: { 200: AgreementTemplateSchema } },
    },
    async (request) => {
      const { actor, programme } = await mustGetProgramme(
        request,
        request.params.ownerId,
        request.params.programmeId,
        'manage',
      );
      const row = await saveTemplate({ db, actor, programme, texts: request.body.texts });
      return {
        programmeId: programme.id,
        version: row.version,
        texts: row.texts,
        createdAt: row.createdAt.toISOString(),
        abilities: { manage: true },
      };
    },
  );

  async function programmeList(ownerId: string, programmeId: string) {
    const views = await presentAgreements(db, await listAgreementRows(db, { ownerId, programmeId }));
    const template = await latestTemplate(db, ownerId, programmeId);
    return {
      currentVersion: template?.version ?? null,
      items: views.map(strip),
      notAccepted: views.flatMap((v) => {
        const nqtName = v.parties.find((p) => p.party === 'nqt')?.name ?? '';
        return v.notAccepted.map((p) => ({ agreementId: v.id, nqtName, party: p.party, name: p.name }));
      }),
    };
  }

  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/agreements',
    { schema: { tags, params: ProgrammeParams, response: { 200: AgreementListSchema } } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      await mustGetProgramme(request, ownerId, programmeId, 'view');
      return programmeList(ownerId, programmeId);
    },
  );

  app.post(
    '/api/owners/:ownerId/programmes/:programmeId/agreements',
    { schema: { tags, params: ProgrammeParams, body: CreateAgreementsSchema, response: { 200: AgreementListSchema } } },
    async (request) => {
      const { ownerId, programmeId } = request.params;
      const { actor, programme } = await mustGetProgramme(request, ownerId, programmeId, 'manage');
      await createAgreements({
        db,
        actor,
        programme,
        coordinatorUserId: request.body.coordinatorUserId,
        locale: request.body.locale ?? request.locale,
        today: osloDate(new Date()),
      });
      return programmeList(ownerId, programmeId);
    },
  );

  // The coordinator's and the analyst's copy; a party reaching the owner may fetch theirs here too.
  app.get(
    '/api/owners/:ownerId/programmes/:programmeId/agreements/:agreementId/pdf',
    { schema: { tags, summary: 'The agreement as a PDF', params: AgreementParams } },
    async (request, reply) => {
      const { ownerId, programmeId, agreementId } = request.params;
      const actor = requireActor(request);
      if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
      const [row] = await listAgreementRows(db, { ownerId, programmeId, agreementId });
      if (!row || !(canViewProgrammes(actor, ownerId) || partiesOf(actor, row).length > 0)) {
        throw new AppError('NOT_FOUND');
      }
      const [view] = await presentAgreements(db, [row]);
      if (!view) throw new AppError('NOT_FOUND');
      return sendPdf(request, reply, view);
    },
  );

  // The parties' own agreements, across owners: only those naming the caller.
  app.get('/api/me/agreements', { schema: { tags, response: { 200: MyAgreementListSchema } } }, async (request) => {
    const actor = requireActor(request);
    const rows = await listAgreementRows(db, { actor });
    const views = await presentAgreements(db, rows);
    return {
      items: views.map((view, i) => {
        const myParties = partiesOf(actor, rows[i] as (typeof rows)[number]);
        return {
          ...strip(view),
          myParties,
          mustAccept: view.parties.some((p) => myParties.includes(p.party) && p.status !== 'accepted'),
          text: agreementText(view, request.locale),
        };
      }),
    };
  });

  app.post(
    '/api/me/agreements/:agreementId/accept',
    {
      schema: {
        tags,
        params: MyAgreementParams,
        body: AcceptAgreementSchema,
        response: { 200: MyAgreementListSchema.shape.items.element },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { agreementId } = request.params;
      await acceptAgreement({ db, actor, agreementId, version: request.body.version });
      const rows = await listAgreementRows(db, { actor, agreementId });
      const [view] = await presentAgreements(db, rows);
      if (!view || !rows[0]) throw new AppError('NOT_FOUND');
      const myParties = partiesOf(actor, rows[0]);
      return {
        ...strip(view),
        myParties,
        mustAccept: view.parties.some((p) => myParties.includes(p.party) && p.status !== 'accepted'),
        text: agreementText(view, request.locale),
      };
    },
  );

  app.get(
    '/api/me/agreements/:agreementId/pdf',
    { schema: { tags, summary: 'My agreement as a PDF', params: MyAgreementParams } },
    async (request, reply) => {
      const actor = requireActor(request);
      const [view] = await presentAgreements(
        db,
        await listAgreementRows(db, { actor, agreementId: request.params.agreementId }),
      );
      if (!view) throw new AppError('NOT_FOUND');
      return sendPdf(request, reply, view);
    },
  );
}
