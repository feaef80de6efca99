import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { IdSchema } from '../../../shared/schemas/common.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { canReachOwner, canViewMail } from '../auth/policy.ts';
import { listMail } from './outbox.ts';

export const MailItemSchema = z.object({
  id: IdSchema,
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  status: z.enum(['queued', 'sending', 'sent', 'written', 'failed']),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});

export async function notificationRoutes(fastify: FastifyInstance, { db }: ModuleDeps) {
  const app = typed(fastify);
  // The outbox of one owner: with no SMTP configured this is where an admin finds invitation links.
  app.get(
    '/api/owners/:ownerId/mail',
    {
      schema: {
        tags: ['notifications'],
        params: z.strictObject({ ownerId: IdSchema }),
        response: { 200: z.object({ items: z.array(MailItemSchema) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { ownerId } = request.params;
      if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
      if (!canViewMail(actor, ownerId)) throw new AppError('FORBIDDEN');
      const rows = await listMail(db, ownerId);
      return {
        items: rows.map((m) => ({
          id: m.id,
          to: m.toAddress,
          subject: m.subject,
          body: m.body,
          status: m.status,
          createdAt: m.createdAt.toISOString(),
          deliveredAt: m.deliveredAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
