import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../shared/rules/school-year.ts';
import {
  type CalendarSettings,
  CalendarSettingsSchema,
  CreatedFeedSchema,
  ReminderChoicesSchema,
} from '../../../shared/schemas/calendar.ts';
import type { DbOrTx } from '../../db/client.ts';
import { mentorPairs } from '../../db/schema.ts';
import { AppError } from '../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../lib/module.ts';
import { requireActor } from '../../lib/request-context.ts';
import { planEventFeedItems } from '../annual-plan/feed-source.ts';
import { type Actor, loadActor } from '../auth/actor.ts';
import { networkMeetingItems } from '../network-meetings/feed-source.ts';
import { buildFeed, type FeedItem, type FeedSource } from './feed.ts';
import { mentoringSessionItems } from './mentoring-source.ts';
import {
  createFeedToken,
  feedCreatedAt,
  feedUser,
  getReminderChoices,
  revokeFeedToken,
  setReminderChoices,
} from './store.ts';

/**
 * Where a feed's items come from. Network meetings and programme events add their source here (see
 * `FeedSource` in feed.ts); each source filters by the feed owner's own person and pairs.
 */
export const FEED_SOURCES: FeedSource[] = [mentoringSessionItems, networkMeetingItems, planEventFeedItems];

/** A feed file name: the 43-character base64url token of `newToken()` and `.ics`. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

async function isMentor(db: DbOrTx, actor: Actor) {
  if (!actor.personId) return false;
  const rows = await db
    .select({ id: mentorPairs.id })
    .from(mentorPairs)
    .where(and(eq(mentorPairs.mentorPersonId, actor.personId), inArray(mentorPairs.status, ['accepted'])))
    .limit(1);
  return rows.length > 0;
}

export async function calendarRoutes(fastify: FastifyInstance, { db, env }: ModuleDeps) {
  const app = typed(fastify);

  const settings = async (actor: Actor): Promise<CalendarSettings> => {
    const createdAt = await feedCreatedAt(db, actor.userId);
    return {
      feed: createdAt ? { createdAt: createdAt.toISOString() } : null,
      reminders: await getReminderChoices(db, actor.userId),
      isMentor: await isMentor(db, actor),
    };
  };

  app.get(
    '/api/me/calendar',
    { schema: { tags: ['calendar'], response: { 200: CalendarSettingsSchema } } },
    async (request) => settings(requireActor(request)),
  );

  // Makes a feed URL, or a new one in place of the old (which stops working at once).
  app.post(
    '/api/me/calendar/feed',
    { schema: { tags: ['calendar'], response: { 201: CreatedFeedSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const { token, createdAt } = await createFeedToken(db, actor.userId);
      const url = `${env.PUBLIC_URL}/api/calendar/${token}.ics`;
      return reply.code(201).send({
        url,
        webcalUrl: url.replace(/^https?:\/\//, 'webcal://'),
        createdAt: createdAt.toISOString(),
      });
    },
  );

  app.delete(
    '/api/me/calendar/feed',
    { schema: { tags: ['calendar'], response: { 200: CalendarSettingsSchema } } },
    async (request) => {
      const actor = requireActor(request);
      await revokeFeedToken(db, actor.userId);
      return settings(actor);
    },
  );

  app.put(
    '/api/me/calendar/reminders',
    { schema: { tags: ['calendar'], body: ReminderChoicesSchema, response: { 200: CalendarSettingsSchema } } },
    async (request) => {
      const actor = requireActor(request);
      await setReminderChoices(db, actor.userId, request.body);
      return settings(actor);
    },
  );

  // The feed itself: the token in the URL is the only credential (calendar apps send no cookie).
  app.get(
    '/api/calendar/:file',
    {
      schema: {
        tags: ['calendar'],
        params: z.strictObject({ file: z.string().max(100) }),
        security: [],
      },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const match = FEED_FILE.exec(request.params.file);
      const userId = match?.[1] ? await feedUser(db, match[1]) : null;
      const actor = userId ? await loadActor(db, userId) : null;
      if (!actor) throw new AppError('NOT_FOUND');
      const now = new Date();
      const ctx = { actor, locale: actor.locale, today: osloDate(now), publicUrl: env.PUBLIC_URL };
      const items: FeedItem[] = [];
      for (const source of FEED_SOURCES) items.push(...(await source(db, ctx)));
      const body = buildFeed(items, { locale: actor.locale, now });
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .header('content-disposition', 'inline; filename="tillit.ics"')
        .send(body);
    },
  );
}
