/*
 * The four sub-goals of the NQT's career start from the Trøndelag knowledge base (seed 001, figure 4).
 * Session logs (and later network themes) are tagged with them so the coordinator sees which get time.
 * Labels: `mentoring.subGoal.<code>` in the mentoring i18n catalogs.
 */
export const SUB_GOALS = ['workplace', 'belonging', 'role', 'investigate'] as const;
export type SubGoal = (typeof SUB_GOALS)[number];

export function isSubGoal(value: unknown): value is SubGoal {
  return typeof value === 'string' && (SUB_GOALS as readonly string[]).includes(value);
}
