import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, resourceFiles, resources } from '../../db/schema.ts';
import { buildOwner, buildUnit, buildUser, type GrantSpec } from '../../test/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../../test/harness.ts';
import { resolveResourcesForMeeting } from './queries.ts';

let t: TestApp;
// A limit of 16 KiB keeps the over-the-limit upload small; the default is 20 MB.
const LIMIT_BYTES = 16 * 1024;
beforeAll(async () => {
  t = await startTestApp({ RESOURCE_UPLOAD_MB: String(LIMIT_BYTES / 1024 / 1024) });
});
afterAll(() => t.close());

async function setup() {
  const owner = await buildOwner(t.db);
  const unit = await buildUnit(t.db, { owner });
  const login = async (roles: GrantSpec[]) => {
    const user = await buildUser(t.db, { owner, roles });
    return signIn(t.app, user.email, user.password);
  };
  return {
    owner,
    base: `/api/owners/${owner.id}/resources`,
    coordinator: await login([{ role: 'programme_coordinator' }]),
    nqt: await login([{ role: 'nqt', unit }]),
    mentor: await login([{ role: 'mentor', unit }]),
    leader: await login([{ role: 'unit_leader', unit }]),
    analyst: await login([{ role: 'analyst' }]),
  };
}

function multipart(parts: { name: string; filename?: string; type?: string; data: Buffer | string }[]) {
  const boundary = '----tillit-resources';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
      ),
      Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat(chunks) };
}

const meta = (title: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title, audience: ['nqt', 'mentor'], ...extra });

function upload(client: Client, base: string, file: { name: string; data: Buffer; type?: string }, title = 'Fil') {
  return client.request({
    method: 'POST',
    url: `${base}/files`,
    ...multipart([
      { name: 'metadata', data: meta(title) },
      { name: 'file', filename: file.name, type: file.type ?? 'application/pdf', data: file.data },
    ]),
  });
}

function pdfBytes(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
// The start of a Windows program: "MZ", then padding.
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]);

async function countRows(ownerId: string) {
  const rows = await t.db.select({ id: resources.id }).from(resources).where(eq(resources.ownerId, ownerId));
  const files = await t.db
    .select({ id: resourceFiles.resourceId })
    .from(resourceFiles)
    .where(eq(resourceFiles.ownerId, ownerId));
  const audits = await t.db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.ownerId, ownerId), eq(auditLog.entity, 'resource')));
  return { resources: rows.length, files: files.length, audits: audits.length };
}

describe('resource bank search', () => {
  it.each([
    ['veiledning', 'Veiledningen i første år'],
    ['veiledninger', 'Veiledningen i første år'],
    ['skole', 'Skolene i kommunen'],
    ['nyutdannet', 'Nettverk for nyutdannede'],
    ['klasseledelsen', 'Klasseledelse for nybegynnere'],
    ['foreldresamtaler', 'Den første foreldresamtalen'],
    ['mestring', 'Mestringen kommer med tiden'],
  ])('«%s» finds «%s» (Norwegian stemming)', async (query, title) => {
    const s = await setup();
    const made = await s.coordinator.post(s.base, {
      kind: 'text',
      title,
      body: 'Noe tekst.',
      audience: ['nqt'],
    });
    expect(made.statusCode, made.body).toBe(201);
    await s.coordinator.post(s.base, {
      kind: 'text',
      title: 'Noe helt annet',
      body: 'Tall og regning.',
      audience: ['nqt'],
    });
    const found = await s.nqt.get(`${s.base}?q=${encodeURIComponent(query)}`);
    expect(found.statusCode).toBe(200);
    expect(found.json().items.map((r: { title: string }) => r.title)).toEqual([title]);
  });

  it('searches the description and body too, title hits first, and filters by tags', async () => {
    const s = await setup();
    const add = (body: Record<string, unknown>) =>
      s.coordinator.post(s.base, { kind: 'text', body: 'Tekst.', audience: ['nqt'], ...body });
    await add({ title: 'Om lærerrollen', body: 'Her står det om veiledningene vi har.', subGoals: ['role'] });
    await add({ title: 'Veiledning steg for steg', themes: ['mentoring_methods'], unitTypes: ['kindergarten'] });
    await add({ title: 'Uten tema', description: 'Ingenting om det.' });
    const search = await s.coordinator.get(`${s.base}?q=veiledning`);
    expect(search.json().items.map((r: { title: string }) => r.title)).toEqual([
      'Veiledning steg for steg',
      'Om lærerrollen',
    ]);
    const bySubGoal = await s.coordinator.get(`${s.base}?subGoal=role,belonging`);
    expect(bySubGoal.json().items.map((r: { title: string }) => r.title)).toEqual(['Om lærerrollen']);
    const byTheme = await s.coordinator.get(`${s.base}?theme=mentoring_methods`);
    expect(byTheme.json().total).toBe(1);
    // Resources without unit types are for every unit type.
    const byUnitType = await s.coordinator.get(`${s.base}?unitType=primary`);
    expect(
      byUnitType
        .json()
        .items.map((r: { title: string }) => r.title)
        .sort(),
    ).toEqual(['Om lærerrollen', 'Uten tema']);
    expect((await s.coordinator.get(`${s.base}?theme=nonsense`)).statusCode).toBe(400);
    // A query of nothing but stop words or symbols answers, it does not fail.
    expect((await s.coordinator.get(`${s.base}?q=${encodeURIComponent('og & | ! (')}`)).statusCode).toBe(200);
  });
});

describe('resource bank visibility', () => {
  it('shows each role only the audiences meant for it; coordinators see and keep all', async () => {
    const s = await setup();
    const ids: Record<string, string> = {};
    for (const audience of ['nqt', 'mentor', 'unit_leader', 'coordinator'] as const) {
      const res = await s.coordinator.post(s.base, {
        kind: 'link',
        title: `For ${audience}`,
        url: 'https://www.udir.no/',
        audience: [audience],
      });
      ids[audience] = res.json().id;
    }
    const titles = async (client: Client) =>
      ((await client.get(s.base)).json().items as { title: string }[]).map((r) => r.title).sort();
    expect(await titles(s.nqt)).toEqual(['For nqt']);
    expect(await titles(s.mentor)).toEqual(['For mentor']);
    expect(await titles(s.leader)).toEqual(['For unit_leader']);
    expect(await titles(s.analyst)).toEqual(['For coordinator']);
    expect(await titles(s.coordinator)).toHaveLength(4);
    expect((await s.nqt.get(`${s.base}/${ids.mentor}`)).statusCode).toBe(404);
    expect((await s.nqt.get(`${s.base}/${ids.nqt}`)).json().abilities).toEqual({ manage: false });
    expect((await s.nqt.get(s.base)).json().abilities).toEqual({ manage: false });
    // Only those who keep the bank write to it.
    expect(
      (await s.nqt.post(s.base, { kind: 'link', title: 'x', url: 'https://a.no', audience: ['nqt'] })).statusCode,
    ).toBe(403);
    expect((await s.mentor.patch(`${s.base}/${ids.mentor}`, { title: 'Kapret' })).statusCode).toBe(403);
    expect((await s.mentor.delete(`${s.base}/${ids.mentor}`)).statusCode).toBe(403);
    expect((await upload(s.nqt, s.base, { name: 'a.png', data: PNG })).statusCode).toBe(403);
  });
});

describe('resource bank uploads', () => {
  it('stores a PDF with the type from its bytes and sends it back as an attachment', async () => {
    const s = await setup();
    const pdf = await pdfBytes('Hei');
    // The browser's Content-Type is ignored: the bytes decide.
    const res = await upload(
      s.coordinator,
      s.base,
      { name: 'Årsplan for nettverk.pdf', data: pdf, type: 'text/html' },
      'Årsplan',
    );
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    const detail = (await s.nqt.get(`${s.base}/${id}`)).json();
    expect(detail.file).toEqual({ name: 'Årsplan for nettverk.pdf', mime: 'application/pdf', size: pdf.length });
    const download = await s.nqt.get(`${s.base}/${id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Arsplan for nettverk.pdf"; filename*=UTF-8''${encodeURIComponent('Årsplan for nettverk.pdf')}`,
    );
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect((await s.nqt.get(`${s.base}?q=${encodeURIComponent('årsplanen')}`)).json().total).toBe(1);
  });

  it('takes office files and images named for what they are (xlsx, png)', async () => {
    const s = await setup();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Ark').addRow(['Hei']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const a = await upload(s.coordinator, s.base, { name: 'liste.xlsx', data: xlsx });
    expect(a.statusCode, a.body).toBe(201);
    const b = await upload(s.coordinator, s.base, { name: 'bilde.JPEG.png', data: PNG });
    expect(b.statusCode, b.body).toBe(201);
    const files = await t.db
      .select({ mime: resourceFiles.mime })
      .from(resourceFiles)
      .where(eq(resourceFiles.ownerId, s.owner.id));
    expect(files.map((f) => f.mime).sort()).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'image/png',
    ]);
  });

  it.each([
    ['over the limit', 'stor.pdf', 'big', 413, 'RESOURCE_FILE_TOO_LARGE'],
    ['a program', 'program.exe', 'exe', 415, 'RESOURCE_FILE_TYPE'],
    ['a program named .pdf', 'faktura.pdf', 'exe', 415, 'RESOURCE_FILE_TYPE'],
    ['plain text named .docx', 'notat.docx', 'text', 415, 'RESOURCE_FILE_TYPE'],
    ['an SVG picture', 'logo.svg', 'svg', 415, 'RESOURCE_FILE_TYPE'],
    ['a PNG named .pdf', 'rapport.pdf', 'png', 422, 'RESOURCE_FILE_NAME_MISMATCH'],
    ['a PDF without an extension', 'rapport', 'pdf', 422, 'RESOURCE_FILE_NAME_MISMATCH'],
    ['an empty file', 'tom.pdf', 'empty', 400, 'RESOURCE_FILE_MISSING'],
  ] as const)('refuses %s with a clear error and stores nothing', async (_case, name, content, status, code) => {
    const s = await setup();
    const data: Record<typeof content, Buffer> = {
      big: Buffer.concat([await pdfBytes('Stor'), Buffer.alloc(LIMIT_BYTES + 1, 0x20)]),
      exe: EXE,
      text: Buffer.from('Bare tekst, ingen Word-fil.\n'.repeat(20)),
      svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      png: PNG,
      pdf: await pdfBytes('Uten navn'),
      empty: Buffer.alloc(0),
    };
    const before = await countRows(s.owner.id);
    const form = multipart([
      { name: 'metadata', data: meta('Skal ikke lagres') },
      { name: 'file', filename: name, type: 'application/pdf', data: data[content] },
    ]);
    const res = await s.coordinator.request({
      method: 'POST',
      url: `${s.base}/files`,
      headers: { ...form.headers, 'accept-language': 'nb' },
      payload: form.payload,
    });
    expect(`${res.statusCode} ${res.json().error?.code}`).toBe(`${status} ${code}`);
    expect(res.json().error.message).toMatch(/[a-zæøå]{4}/i);
    expect(res.json().error.message).not.toMatch(/RESOURCE_/);
    expect(await countRows(s.owner.id)).toEqual(before);
    expect(before.resources).toBe(0);
  });

  it('refuses bad metadata and a missing file, storing nothing', async () => {
    const s = await setup();
    const noAudience = await s.coordinator.request({
      method: 'POST',
      url: `${s.base}/files`,
      ...multipart([
        { name: 'metadata', data: JSON.stringify({ title: 'Uten målgruppe', audience: [] }) },
        { name: 'file', filename: 'a.png', data: PNG },
      ]),
    });
    expect(noAudience.statusCode).toBe(400);
    expect(noAudience.json().error.fields).toEqual([{ path: 'audience', message: 'Velg minst én målgruppe.' }]);
    const noFile = await s.coordinator.request({
      method: 'POST',
      url: `${s.base}/files`,
      ...multipart([{ name: 'metadata', data: meta('Ingen fil') }]),
    });
    expect(noFile.json().error?.code).toBe('RESOURCE_FILE_MISSING');
    const json = await s.coordinator.post(`${s.base}/files`, { title: 'x' });
    expect(json.json().error?.code).toBe('RESOURCE_FILE_MISSING');
    expect(await countRows(s.owner.id)).toEqual({ resources: 0, files: 0, audits: 0 });
  });
});

describe('resource bank texts and links', () => {
  it('renders Markdown without scripts, event handlers or javascript: links', async () => {
    const s = await setup();
    const body = [
      '# Velkommen',
      '',
      'Les **dette** og [Udir](https://www.udir.no/).',
      '',
      '<script>alert("x")</script>',
      '<img src="x" onerror="alert(1)">',
      '[klikk](javascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox)',
      '![bilde](https://sporing.example/pixel.png)',
      '<a href="javascript:alert(2)">rå lenke</a>',
    ].join('\n');
    const made = await s.coordinator.post(s.base, { kind: 'text', title: 'Markdown', body, audience: ['nqt'] });
    const detail = (await s.nqt.get(`${s.base}/${made.json().id}`)).json();
    expect(detail.body).toBe(body);
    const html = detail.html as string;
    expect(html).toContain('<h1>Velkommen</h1>');
    expect(html).toContain('<strong>dette</strong>');
    expect(html).toContain('<a href="https://www.udir.no/" rel="noopener noreferrer nofollow">Udir</a>');
    expect(html).not.toMatch(/<script|<img|<a[^>]+(javascript|data|vbscript):|\son\w+=["']/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('takes only http(s) addresses for links, and keeps url and body to their kinds', async () => {
    const s = await setup();
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://a.no/x', 'udir.no', 'https://']) {
      const res = await s.coordinator.post(s.base, { kind: 'link', title: 'x', url, audience: ['nqt'] });
      expect(res.statusCode, url).toBe(400);
    }
    const link = await s.coordinator.post(s.base, {
      kind: 'link',
      title: 'Udir',
      url: 'https://www.udir.no/laring-og-trivsel/',
      audience: ['nqt'],
    });
    expect(link.statusCode).toBe(201);
    const id = link.json().id as string;
    expect((await s.coordinator.patch(`${s.base}/${id}`, { body: 'Tekst' })).json().error.code).toBe(
      'RESOURCE_FIELD_NOT_FOR_KIND',
    );
    expect((await s.coordinator.patch(`${s.base}/${id}`, { url: 'javascript:x' })).statusCode).toBe(400);
    expect((await s.coordinator.patch(`${s.base}/${id}`, { audience: [] })).statusCode).toBe(400);
  });

  it('edits keep the search current, and a delete removes the resource and its file', async () => {
    const s = await setup();
    const made = await upload(s.coordinator, s.base, { name: 'plan.png', data: PNG }, 'Plan');
    const id = made.json().id as string;
    const patch = await s.coordinator.patch(`${s.base}/${id}`, {
      title: 'Foreldresamtalen',
      themes: ['parent_collaboration'],
    });
    expect(patch.statusCode).toBe(200);
    const found = (await s.nqt.get(`${s.base}?q=foreldresamtaler`)).json();
    expect(found.items.map((r: { id: string; themes: string[] }) => [r.id, r.themes])).toEqual([
      [id, ['parent_collaboration']],
    ]);
    expect((await s.coordinator.delete(`${s.base}/${id}`)).statusCode).toBe(200);
    expect((await s.nqt.get(`${s.base}/${id}`)).statusCode).toBe(404);
    expect((await s.nqt.get(`${s.base}/${id}/file`)).statusCode).toBe(404);
    expect((await s.coordinator.delete(`${s.base}/${id}`)).statusCode).toBe(404);
    expect(await countRows(s.owner.id)).toMatchObject({ resources: 0, files: 0, audits: 3 });
  });

  it('resolves resources for a network meeting within the owner only', async () => {
    const s = await setup();
    const other = await setup();
    const mine = (
      await s.coordinator.post(s.base, { kind: 'link', title: 'Min', url: 'https://a.no/', audience: ['mentor'] })
    ).json().id as string;
    const theirs = (
      await other.coordinator.post(other.base, {
        kind: 'link',
        title: 'Deres',
        url: 'https://b.no/',
        audience: ['nqt'],
      })
    ).json().id as string;
    const all = await resolveResourcesForMeeting(t.db, s.owner.id, [mine, theirs, mine]);
    expect(all.found.map((r) => r.title)).toEqual(['Min']);
    expect(all.missing).toEqual([theirs]);
    const forNqt = await resolveResourcesForMeeting(t.db, s.owner.id, [mine], ['nqt']);
    expect(forNqt).toEqual({ found: [], missing: [mine] });
  });
});
