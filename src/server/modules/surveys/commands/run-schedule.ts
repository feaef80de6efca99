import { and, eq, gt, isNotNull, isNull, lte } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { surveyReminderRounds, surveys } from '../../../db/schema.ts';
import { lockSurvey } from '../queries.ts';
import { dueReminderRounds } from '../rules.ts';
import { remindInTransaction } from './remind-non-respondents.ts';
import { shuffleClosedSurvey } from './submit-answers.ts';

/**
 * What the `survey-schedule` job does on each run, for every owner (or one):
 * 1. Reminder rounds: for each open survey with `reminder_days`, the rounds whose time has come and
 *    are not in `survey_reminder_rounds` are recorded there and ONE reminder goes to those who have not
 *    answered (a round missed while the job was down is sent together with the next one, not twice).
 *    The survey row lock plus the unique (survey, days) key make each round happen exactly once, even
 *    when two runs overlap.
 * 2. Anonymous surveys whose closing time has passed without the close command get their responses
 *    shuffled as one set (README.md), once.
 * Each survey is its own transaction, so one failing survey does not hold back the others.
 */
export async function runSurveySchedule(
  db: Db,
  { now, publicUrl, ownerId }: { now: Date; publicUrl: string; ownerId?: string },
): Promise<{ rounds: number; reminded: number; shuffled: number }> {
  const owner = (t: typeof surveys) => (ownerId ? eq(t.ownerId, ownerId) : undefined);
  const open = await db
    .select({ id: surveys.id, ownerId: surveys.ownerId })
    .from(surveys)
    .where(and(owner(surveys), isNotNull(surveys.publishedAt), lte(surveys.opensAt, now), gt(surveys.closesAt, now)));
  let rounds = 0;
  let reminded = 0;
  for (const candidate of open) {
    const result = await db.transaction(async (tx) => {
      const survey = await lockSurvey(tx, candidate.ownerId, candidate.id);
      if (!survey || survey.reminderDays.length === 0) return null;
      const sent = await tx
        .select({ daysBefore: surveyReminderRounds.daysBefore })
        .from(surveyReminderRounds)
        .where(and(eq(surveyReminderRounds.ownerId, survey.ownerId), eq(surveyReminderRounds.surveyId, survey.id)));
      const due = dueReminderRounds(
        survey,
        now,
        sent.map((r) => r.daysBefore),
      );
      if (due.length === 0) return null;
      const { reminded: count } = await remindInTransaction(tx, survey, {
        actorUserId: null,
        now,
        publicUrl,
        round: due,
      });
      await tx.insert(surveyReminderRounds).values(
        due.map((daysBefore) => ({
          ownerId: survey.ownerId,
          surveyId: survey.id,
          daysBefore,
          sentAt: now,
          reminded: count,
        })),
      );
      return { rounds: due.length, reminded: count };
    });
    if (result) {
      rounds += result.rounds;
      reminded += result.reminded;
    }
  }

  const closed = await db
    .select({ id: surveys.id, ownerId: surveys.ownerId })
    .from(surveys)
    .where(
      and(
        owner(surveys),
        eq(surveys.mode, 'anonymous'),
        isNotNull(surveys.publishedAt),
        lte(surveys.closesAt, now),
        isNull(surveys.answersShuffledAt),
      ),
    );
  let shuffled = 0;
  for (const candidate of closed) {
    const done = await db.transaction(async (tx) => {
      const survey = await lockSurvey(tx, candidate.ownerId, candidate.id);
      return survey ? shuffleClosedSurvey(tx, survey, now) : false;
    });
    if (done) shuffled++;
  }
  return { rounds, reminded, shuffled };
}
