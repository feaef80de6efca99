import { count } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { Db } from '../../db/client.ts';
import { owners } from '../../db/schema.ts';
import { buildOwner, buildUser } from '../../test/factories.ts';

export interface DemoCredential {
  role: Role;
  name: string;
  email: string;
  password: string;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(owners);
  return Number(row?.n ?? 0) === 0;
}

/** Seeds the demo municipality (being built out: see issue 2). */
export async function seedDemo(db: Db): Promise<DemoCredential[]> {
  const owner = await buildOwner(db, { name: 'Demo kommune' });
  const admin = await buildUser(db, { owner, roles: [{ role: 'owner_admin' }], email: 'admin@demo.kommune.no' });
  return [{ role: 'owner_admin', name: admin.name, email: admin.email, password: admin.password }];
}

export function formatCredentials(credentials: DemoCredential[], url: string): string {
  const lines = credentials.map((c) => `${c.role.padEnd(22)} ${c.email.padEnd(40)} ${c.password}`);
  return [`Demo kommune – innlogging på ${url}`, '', ...lines, ''].join('\n');
}
