import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/rules/school-year.ts';
import type { RegionalProgramme, RegionalProgrammeSummary } from '../../../shared/schemas/regional-programmes.ts';
import type { DbOrTx } from '../../db/client.ts';
import { owners, programmes, regionalProgrammes, regionOwners, regions } from '../../db/schema.ts';
import type { Actor } from '../auth/actor.ts';
import { getProgrammeOverview } from '../mentoring/overview.ts';
import type { ProgrammeRow } from '../mentoring/queries.ts';
import { canRunRegionalProgramme } from './policy.ts';

export type RegionalProgrammeRow = typeof regionalProgrammes.$inferSelect;

export async function getRegionalProgrammeRow(
  db: DbOrTx,
  regionId: string,
  id: string,
): Promise<RegionalProgrammeRow | null> {
  const [row] = await db
    .select()
    .from(regionalProgrammes)
    .where(and(eq(regionalProgrammes.regionId, regionId), eq(regionalProgrammes.id, id)));
  return row ?? null;
}

export async function memberOwnerIds(db: DbOrTx, regionId: string): Promise<string[]> {
  const rows = await db
    .select({ ownerId: regionOwners.ownerId })
    .from(regionOwners)
    .where(eq(regionOwners.regionId, regionId));
  return rows.map((r) => r.ownerId);
}

/** The school year's programmes of the given owners, and those already linked to the region for the year. */
export async function programmesForYear(
  db: DbOrTx,
  regionId: string,
  schoolYear: string,
  ownerIds: readonly string[],
): Promise<ProgrammeRow[]> {
  const inRegion = eq(programmes.regionId, regionId);
  return db
    .select()
    .from(programmes)
    .where(
      and(
        eq(programmes.schoolYear, schoolYear),
        ownerIds.length ? or(inArray(programmes.ownerId, [...ownerIds]), inRegion) : inRegion,
      ),
    );
}

/** The programmes a regional programme consists of: the region's, for its school year. */
export async function memberProgrammes(db: DbOrTx, row: RegionalProgrammeRow): Promise<ProgrammeRow[]> {
  return db
    .select()
    .from(programmes)
    .where(and(eq(programmes.regionId, row.regionId), eq(programmes.schoolYear, row.schoolYear)));
}

export async function listRegionalProgrammes(db: DbOrTx, regionId: string): Promise<RegionalProgrammeSummary[]> {
  const rows = await db
    .select()
    .from(regionalProgrammes)
    .where(eq(regionalProgrammes.regionId, regionId))
    .orderBy(asc(regionalProgrammes.schoolYear));
  const linked = await db
    .select({ schoolYear: programmes.schoolYear })
    .from(programmes)
    .where(eq(programmes.regionId, regionId));
  return rows.map((r) => ({
    id: r.id,
    regionId: r.regionId,
    schoolYear: r.schoolYear,
    name: r.name,
    memberCount: linked.filter((l) => l.schoolYear === r.schoolYear).length,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/**
 * The regional programme with each member owner's figures (counts only, the owner programme overview) and
 * the member owners whose programme for the year is in another region's programme.
 */
export async function presentRegionalProgramme(
  db: DbOrTx,
  actor: Actor,
  row: RegionalProgrammeRow,
  today: IsoDate,
): Promise<RegionalProgramme> {
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, row.regionId));
  const ownerIds = await memberOwnerIds(db, row.regionId);
  const yearProgrammes = await programmesForYear(db, row.regionId, row.schoolYear, ownerIds);
  const ownerRows =
    yearProgrammes.length || ownerIds.length
      ? await db
          .select({ id: owners.id, name: owners.name })
          .from(owners)
          .where(inArray(owners.id, [...new Set([...ownerIds, ...yearProgrammes.map((p) => p.ownerId)])]))
      : [];
  const ownerName = new Map(ownerRows.map((o) => [o.id, o.name]));
  // An owner that has left the region is not shown (its coordinators' data is no longer the region's to
  // see) even before a re-sync unlinks its programme.
  const members = yearProgrammes.filter((p) => p.regionId === row.regionId && ownerIds.includes(p.ownerId));
  const collator = new Intl.Collator(actor.locale === 'en' ? 'en' : 'nb');
  const presented = [];
  // One member at a time: each overview runs several queries, and a region has tens of owners, not thousands.
  for (const p of members) {
    presented.push({
      ownerId: p.ownerId,
      ownerName: ownerName.get(p.ownerId) ?? '',
      programmeId: p.id,
      programmeName: p.name,
      overview: await getProgrammeOverview(db, p.ownerId, p, today),
    });
  }
  presented.sort((a, b) => collator.compare(a.ownerName, b.ownerName));
  return {
    id: row.id,
    regionId: row.regionId,
    regionName: region?.name ?? '',
    schoolYear: row.schoolYear,
    name: row.name,
    settings: row.settings,
    version: row.version,
    canRun: canRunRegionalProgramme(actor, row.regionId),
    members: presented,
    notJoined: yearProgrammes
      .filter((p) => p.regionId !== null && p.regionId !== row.regionId && ownerIds.includes(p.ownerId))
      .map((p) => ({
        ownerId: p.ownerId,
        ownerName: ownerName.get(p.ownerId) ?? '',
        reason: 'in_other_region' as const,
      }))
      .sort((a, b) => collator.compare(a.ownerName, b.ownerName)),
    updatedAt: row.updatedAt.toISOString(),
  };
}
