// node_modules/.bin/node bench/annual-report.ts — seeds Demo kommune into an in-memory PGlite and times the
// annual report: the scoped reads and the pure build (getAnnualReport, with getCompliance beside it for
// comparison), then each renderer (CSV, XLSX, PDF). Prints the median of five runs and the file sizes.
import { performance } from 'node:perf_hooks';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/client.ts';
import { owners, programmes } from '../src/server/db/schema.ts';
import { DEMO_TODAY } from '../src/server/modules/demo/mentoring.ts';
import { seedDemo } from '../src/server/modules/demo/seed.ts';
import { reportDocument } from '../src/server/modules/mentoring/annual-report/present.ts';
import { getAnnualReport } from '../src/server/modules/mentoring/annual-report/queries.ts';
import { renderAnnualReportCsv } from '../src/server/modules/mentoring/annual-report/render-csv.ts';
import { renderAnnualReportPdf } from '../src/server/modules/mentoring/annual-report/render-pdf.ts';
import { renderAnnualReportXlsx } from '../src/server/modules/mentoring/annual-report/render-xlsx.ts';
import { getCompliance } from '../src/server/modules/mentoring/compliance-queries.ts';

const database = await openDatabase({ dataDir: null });
await database.migrate();
await seedDemo(database.db);
const db = database.db;
const [owner] = await db.select().from(owners).where(eq(owners.name, 'Demo kommune'));
if (!owner) throw new Error('no demo owner');
const [programme] = await db.select().from(programmes).where(eq(programmes.ownerId, owner.id));
if (!programme) throw new Error('no demo programme');
const time = async (label: string, f: () => Promise<unknown>, n = 5) => {
  const ms: number[] = [];
  let out: unknown;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    out = await f();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (i: number) => (ms[i] ?? 0).toFixed(1);
  console.log(`${label}: median ${at(Math.floor(n / 2))} ms (min ${at(0)}, max ${at(n - 1)})`);
  return out;
};
const report = (await time('getAnnualReport (queries + build)', () =>
  getAnnualReport(db, owner.id, programme, DEMO_TODAY),
)) as Awaited<ReturnType<typeof getAnnualReport>>;
await time('getCompliance (for comparison)', () => getCompliance(db, owner.id, programme, DEMO_TODAY));
const doc = reportDocument(report, 'nb');
const csv = (await time('CSV', async () => renderAnnualReportCsv(doc))) as Buffer;
const xlsx = (await time('XLSX', () => renderAnnualReportXlsx(doc))) as Buffer;
const pdf = (await time('PDF', () => renderAnnualReportPdf(doc))) as Buffer;
console.log(`sizes: csv ${csv.length} B, xlsx ${xlsx.length} B, pdf ${pdf.length} B`);
console.log(
  JSON.stringify({
    nqts: report.nqtsByUnitType.total,
    mentored: report.mentoring.total,
    mentors: report.mentors.total,
    minutes: report.minutes.total,
    eligible: report.eligibleNotEnrolled,
  }),
);
await database.close();
