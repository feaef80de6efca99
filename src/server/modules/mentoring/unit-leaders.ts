import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { DbOrTx } from '../../db/client.ts';
import { employments, roleGrants, users } from '../../db/schema.ts';

/**
 * Who leads each unit on a day: people with a live `unit_leader` grant there (oldest grant first),
 * then the heads employed there that day (earliest start first). The one rule behind "the NQT's line
 * manager" in matching (all of them count) and "the unit leader" named in an agreement (the first).
 * `unitIds` null means every unit of the owner.
 */
export async function unitLeadersByUnit(
  db: DbOrTx,
  ownerId: string,
  asOf: IsoDate,
  unitIds: string[] | null = null,
): Promise<Map<string, string[]>> {
  const leaders = new Map<string, string[]>();
  if (unitIds?.length === 0) return leaders;
  const add = (unitId: string, personId: string) => {
    const list = leaders.get(unitId) ?? [];
    if (!list.includes(personId)) list.push(personId);
    leaders.set(unitId, list);
  };
  const [grants, heads] = await Promise.all([
    db
      .select({ unitId: roleGrants.scopeId, personId: users.personId })
      .from(roleGrants)
      .innerJoin(users, eq(users.id, roleGrants.userId))
      .where(
        and(
          eq(roleGrants.ownerId, ownerId),
          eq(roleGrants.role, 'unit_leader'),
          eq(roleGrants.scopeType, 'unit'),
          unitIds ? inArray(roleGrants.scopeId, unitIds) : undefined,
          isNull(roleGrants.revokedAt),
          eq(users.active, true),
        ),
      )
      .orderBy(asc(roleGrants.createdAt), asc(roleGrants.id)),
    db
      .select({ unitId: employments.unitId, personId: employments.personId })
      .from(employments)
      .where(
        and(
          eq(employments.ownerId, ownerId),
          eq(employments.position, 'head'),
          unitIds ? inArray(employments.unitId, unitIds) : undefined,
          lte(employments.startDate, asOf),
          or(isNull(employments.endDate), gte(employments.endDate, asOf)),
        ),
      )
      .orderBy(asc(employments.startDate), asc(employments.id)),
  ]);
  for (const g of grants) if (g.unitId && g.personId) add(g.unitId, g.personId);
  for (const h of heads) add(h.unitId, h.personId);
  return leaders;
}
