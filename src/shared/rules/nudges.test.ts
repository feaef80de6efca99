import { describe, expect, it } from 'vitest';
import { type NudgeStep, nudgeSteps, type OpenLapse } from './nudges.ts';

const on = { enabled: true, mentorAfterDays: 7, leaderAfterDays: 21 };
const off = { ...on, enabled: false };
const lapse = (startedOn: string, mentorNudgedOn: string | null = null, leaderNudgedOn: string | null = null) =>
  ({ startedOn, mentorNudgedOn, leaderNudgedOn }) satisfies OpenLapse;

describe('nudgeSteps', () => {
  it.each<[string, boolean, OpenLapse | null, string, typeof on, NudgeStep[]]>([
    ['on track, no lapse: nothing', false, null, '2026-11-02', on, []],
    ['on track again: the lapse ends', false, lapse('2026-10-01', '2026-10-08'), '2026-11-02', on, ['end']],
    ['first day behind: a lapse opens, nobody told yet', true, null, '2026-11-02', on, ['open']],
    ['behind 6 days: still too early for the mentor', true, lapse('2026-11-02'), '2026-11-08', on, []],
    ['behind 7 days: the mentor is told', true, lapse('2026-11-02'), '2026-11-09', on, ['nudge-mentor']],
    [
      'mentor after 0 days: told the day the lapse opens',
      true,
      null,
      '2026-11-02',
      { ...on, mentorAfterDays: 0 },
      ['open', 'nudge-mentor'],
    ],
    ['the mentor already told: not again', true, lapse('2026-11-02', '2026-11-09'), '2026-11-12', on, []],
    [
      'behind 21 days after the mentor knew: the leader is told',
      true,
      lapse('2026-11-02', '2026-11-09'),
      '2026-11-23',
      on,
      ['nudge-leader'],
    ],
    [
      'the leader already told: nothing more',
      true,
      lapse('2026-11-02', '2026-11-09', '2026-11-23'),
      '2026-12-20',
      on,
      [],
    ],
    [
      'an old lapse never nudged (nudges were off): the mentor first, the leader on a later day',
      true,
      lapse('2026-09-01'),
      '2026-11-02',
      on,
      ['nudge-mentor'],
    ],
    [
      'the mentor told today: the leader waits for a later check even when the lapse is long',
      true,
      lapse('2026-09-01', '2026-11-02'),
      '2026-11-02',
      on,
      [],
    ],
    ['nudges off: the lapse is tracked, nobody mailed', true, null, '2026-11-02', off, ['open']],
    ['nudges off, long lapse: no mail', true, lapse('2026-09-01'), '2026-11-02', off, []],
    ['nudges off, back on track: the lapse ends', false, lapse('2026-09-01'), '2026-11-02', off, ['end']],
  ])('%s', (_name, behind, open, today, settings, expected) => {
    expect(nudgeSteps({ behind, lapse: open, today, settings })).toEqual(expected);
  });
});

describe('nudgeSteps after a re-pairing', () => {
  const zeroDays = { ...on, mentorAfterDays: 0 };
  it.each<[string, boolean, OpenLapse | null, string, string, typeof on, NudgeStep[]]>([
    [
      'the old mentor’s lapse ends and the new mentor’s opens, with nobody told yet',
      true,
      lapse('2026-10-01', '2026-10-08'),
      '2026-11-02',
      '2026-11-03',
      on,
      ['end', 'open'],
    ],
    [
      'the old mentor was told and it persisted: the leader is not told on the strength of it',
      true,
      lapse('2026-10-01', '2026-10-08'),
      '2026-11-02',
      '2026-11-20',
      on,
      ['end', 'open'],
    ],
    [
      'mentor after 0 days: the new mentor is told the day their lapse opens',
      true,
      lapse('2026-10-01', '2026-10-08'),
      '2026-11-02',
      '2026-11-03',
      zeroDays,
      ['end', 'open', 'nudge-mentor'],
    ],
    [
      're-paired and on track: the old lapse just ends',
      false,
      lapse('2026-10-01'),
      '2026-11-02',
      '2026-11-03',
      on,
      ['end'],
    ],
    [
      'a lapse that began under the current pair goes on as before',
      true,
      lapse('2026-11-05'),
      '2026-11-02',
      '2026-11-12',
      on,
      ['nudge-mentor'],
    ],
    ['re-paired, no lapse, behind: one opens', true, null, '2026-11-02', '2026-11-03', on, ['open']],
  ])('%s', (_name, behind, open, pairSince, today, settings, expected) => {
    expect(nudgeSteps({ behind, lapse: open, today, settings, pairSince })).toEqual(expected);
  });
});
