import { and, arrayOverlaps, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { ResourceAudience, ResourceQuery, ResourceSummary } from '../../../shared/schemas/resources.ts';
import type { DbOrTx } from '../../db/client.ts';
import { resourceFiles, resources } from '../../db/schema.ts';

export type ResourceRow = typeof resources.$inferSelect;

/** The columns a list needs: never the bytes, never the search vector. */
const summaryColumns = {
  id: resources.id,
  ownerId: resources.ownerId,
  kind: resources.kind,
  title: resources.title,
  description: resources.description,
  url: resources.url,
  body: resources.body,
  fileName: resources.fileName,
  subGoals: resources.subGoals,
  themes: resources.themes,
  audience: resources.audience,
  unitTypes: resources.unitTypes,
  updatedAt: resources.updatedAt,
  fileMime: resourceFiles.mime,
  fileSize: resourceFiles.size,
};
interface SummaryRow
  extends Pick<
    ResourceRow,
    | 'id'
    | 'ownerId'
    | 'kind'
    | 'title'
    | 'description'
    | 'url'
    | 'body'
    | 'fileName'
    | 'subGoals'
    | 'themes'
    | 'audience'
    | 'unitTypes'
    | 'updatedAt'
  > {
  fileMime: string | null;
  fileSize: number | null;
}

export function presentResource(row: SummaryRow): ResourceSummary {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    url: row.kind === 'link' ? row.url : null,
    file:
      row.kind === 'file' && row.fileName && row.fileMime && row.fileSize !== null
        ? { name: row.fileName, mime: row.fileMime, size: row.fileSize }
        : null,
    subGoals: row.subGoals,
    themes: row.themes,
    audience: row.audience,
    unitTypes: row.unitTypes,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const audienceFilter = (visible: ResourceAudience[] | 'all'): SQL | undefined =>
  visible === 'all'
    ? undefined
    : arrayOverlaps(resources.audience, visible.length ? visible : ['none' as ResourceAudience]);

/**
 * The owner's resources the caller may see, filtered and searched. Search uses the `norwegian`
 * configuration on both sides (websearch syntax: words, "phrases", -not), ranked by weight; the title
 * also matches as a plain substring so a half-typed word finds something. A resource without unit types
 * is for every unit type, so it stays in a unit-type filter.
 */
export async function listResources(
  db: DbOrTx,
  ownerId: string,
  visible: ResourceAudience[] | 'all',
  query: ResourceQuery,
): Promise<{ items: ResourceSummary[]; total: number }> {
  const q = query.q?.trim();
  const tsquery = q ? sql`websearch_to_tsquery('norwegian'::regconfig, ${q})` : undefined;
  const where = and(
    eq(resources.ownerId, ownerId),
    audienceFilter(visible),
    query.kind ? eq(resources.kind, query.kind) : undefined,
    query.subGoal.length ? arrayOverlaps(resources.subGoals, query.subGoal) : undefined,
    query.theme.length ? arrayOverlaps(resources.themes, query.theme) : undefined,
    query.audience.length ? arrayOverlaps(resources.audience, query.audience) : undefined,
    query.unitType.length
      ? sql`(${arrayOverlaps(resources.unitTypes, query.unitType)} or cardinality(${resources.unitTypes}) = 0)`
      : undefined,
    tsquery
      ? sql`(${resources.search} @@ ${tsquery} or ${resources.title} ilike ${`%${q?.replace(/[\\%_]/g, (c) => `\\${c}`)}%`})`
      : undefined,
  );
  // Without a search, newest first (an ORDER BY of a bare constant would name a column position).
  const order = tsquery
    ? [desc(sql`ts_rank(${resources.search}, ${tsquery})`), desc(resources.updatedAt), resources.id]
    : [desc(resources.updatedAt), resources.id];
  const [rows, [count]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(resources)
      .leftJoin(resourceFiles, eq(resourceFiles.resourceId, resources.id))
      .where(where)
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(resources).where(where),
  ]);
  return { items: rows.map(presentResource), total: count?.n ?? 0 };
}

/** One resource of the owner, if the caller may see it (null otherwise: the route answers 404). */
export async function getResource(
  db: DbOrTx,
  ownerId: string,
  resourceId: string,
  visible: ResourceAudience[] | 'all',
) {
  const [row] = await db
    .select(summaryColumns)
    .from(resources)
    .leftJoin(resourceFiles, eq(resourceFiles.resourceId, resources.id))
    .where(and(eq(resources.ownerId, ownerId), eq(resources.id, resourceId), audienceFilter(visible)));
  return row ?? null;
}

/** A file resource's bytes, for the download (the caller has checked the resource is visible). */
export async function getResourceFile(db: DbOrTx, ownerId: string, resourceId: string) {
  const [row] = await db
    .select()
    .from(resourceFiles)
    .where(and(eq(resourceFiles.ownerId, ownerId), eq(resourceFiles.resourceId, resourceId)));
  return row ?? null;
}

/**
 * The seam for network meetings (issue 4, item 2): the meeting's materials are resources of the same
 * owner. Call this inside the meeting command's transaction with the ids the coordinator picked; it
 * returns them in the given order and throws nothing, so the caller answers NOT_FOUND when
 * `missing` is not empty. Shown to a participant, filter with `visibleAudiences` like the bank does.
 */
export async function resolveResourcesForMeeting(
  db: DbOrTx,
  ownerId: string,
  resourceIds: readonly string[],
  visible: ResourceAudience[] | 'all' = 'all',
): Promise<{ found: ResourceSummary[]; missing: string[] }> {
  const unique = [...new Set(resourceIds)];
  if (!unique.length) return { found: [], missing: [] };
  const rows = await db
    .select(summaryColumns)
    .from(resources)
    .leftJoin(resourceFiles, eq(resourceFiles.resourceId, resources.id))
    .where(and(eq(resources.ownerId, ownerId), inArray(resources.id, unique), audienceFilter(visible)));
  const byId = new Map(rows.map((r) => [r.id, presentResource(r)]));
  return {
    found: unique.flatMap((id) => byId.get(id) ?? []),
    missing: unique.filter((id) => !byId.has(id)),
  };
}
