import { and, count, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, employments, people, units } from '../../../db/schema.ts';
import {
  buildOwner,
  buildPerson,
  buildUnit,
  buildUser,
  type OwnerRow,
  randomOrgNumber,
} from '../../../test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../../../test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function adminOf(owner: OwnerRow): Promise<Client> {
  const user = await buildUser(t.db, { owner, roles: [{ role: 'owner_admin' }] });
  return signIn(t.app, user.email, user.password);
}

async function tenant() {
  const owner = await buildOwner(t.db);
  return { owner, client: await adminOf(owner) };
}

function upload(
  client: Client,
  ownerId: string,
  kind: string,
  content: string | Uint8Array,
  opts: { name?: string; field?: string; headers?: Record<string, string> } = {},
) {
  const form = new FormData();
  form.append(opts.field ?? 'file', new Blob([content as BlobPart]), opts.name ?? 'import.csv');
  return client.request({
    method: 'POST',
    url: `/api/owners/${ownerId}/imports/${kind}`,
    payload: form,
    headers: opts.headers ?? {},
  });
}

async function unitCount(ownerId: string) {
  const [row] = await t.db.select({ n: count() }).from(units).where(eq(units.ownerId, ownerId));
  return Number(row?.n);
}

async function peopleCount(ownerId: string) {
  const [row] = await t.db.select({ n: count() }).from(people).where(eq(people.ownerId, ownerId));
  return Number(row?.n);
}

async function employmentCount(ownerId: string) {
  const [row] = await t.db.select({ n: count() }).from(employments).where(eq(employments.ownerId, ownerId));
  return Number(row?.n);
}

function errorsOf(res: { json(): unknown }) {
  const body = res.json() as {
    error: {
      code: string;
      details: { errors: { row: number; column: string; message: string }[]; totalErrors: number };
    };
  };
  return body.error;
}

async function xlsx(rows: unknown[][], opts: { numFmt?: Record<number, string> } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of rows) sheet.addRow(row);
  for (const [col, fmt] of Object.entries(opts.numFmt ?? {})) sheet.getColumn(Number(col)).numFmt = fmt;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('units import', () => {
  it('imports a semicolon CSV with a BOM and CRLF, and audits once', async () => {
    const { owner, client } = await tenant();
    const [a, b] = [randomOrgNumber(), randomOrgNumber()];
    const csv =
      '\uFEFForg_number;name;unit_type;street_address;postal_code;postal_place\r\n' +
      `${a};Nordby skole;primary;Skoleveien 1;150;Oslo\r\n` +
      `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)};Solsikken barnehage;kindergarten;;;\r\n` +
      ';;;;;\r\n';
    const res = await upload(client, owner.id, 'units', csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ kind: 'units', rows: 2, created: 2, updated: 0 });
    const stored = await t.db.select().from(units).where(eq(units.ownerId, owner.id)).orderBy(units.name);
    expect(stored.map((u) => [u.orgNumber, u.name, u.unitType, u.postalCode, u.postalPlace])).toEqual([
      [a, 'Nordby skole', 'primary', '0150', 'Oslo'],
      [b, 'Solsikken barnehage', 'kindergarten', '', ''],
    ]);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.ownerId, owner.id), eq(auditLog.action, 'import.units')));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ rows: 2, created: 2, updated: 0, format: 'csv' });
  });
});
