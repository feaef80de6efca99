import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementAcceptances, auditLog } from '../../../db/schema.ts';
import { buildAgreementParties, buildUser, type GrantSpec } from '../../../test/factories.ts';
import { signIn, startTestApp, type TestApp } from '../../../test/harness.ts';
import { renderAgreementPdf } from './pdf.ts';
import { listAgreementRows, presentAgreements } from './queries.ts';
import { defaultTemplateTexts, hashText, renderAgreementText } from './render.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** The text drawn by an uncompressed pdfkit PDF: its TJ arrays' hex strings, decoded as WinAnsi (Latin-1). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const m of raw.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hex = [...(m[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
    lines.push(Buffer.from(hex, 'hex').toString('latin1'));
  }
  return lines.join('\n');
}

async function setup() {
  const s = await buildAgreementParties(t.db);
  const login = async (roles: GrantSpec[], person?: typeof s.nqt) => {
    const user = await buildUser(t.db, { owner: s.owner, ...(person ? { person } : {}), roles });
    return { user, client: await signIn(t.app, user.email, user.password) };
  };
  const coordinator = await login([{ role: 'programme_coordinator' }]);
  const nqt = await login([{ role: 'nqt', unit: s.unit }], s.nqt);
  const mentor = await login([{ role: 'mentor', unit: s.unit }], s.mentor);
  const head = await login([{ role: 'unit_leader', unit: s.unit }], s.head);
  const base = `/api/owners/${s.owner.id}/programmes/${s.programme.id}`;
  return { ...s, coordinator, nqt, mentor, head, base };
}

describe('agreement text', () => {
  it('renders the parties and all five sections, and hashes stably', () => {
    const input = {
      locale: 'nb' as const,
      programmeName: 'Veiledning 2026-27',
      version: 2,
      sections: defaultTemplateTexts().nb,
      parties: [
        { party: 'nqt' as const, name: 'Åse Ødegård' },
        { party: 'mentor' as const, name: null },
      ],
    };
    const text = renderAgreementText(input);
    expect(text).toContain('Nyutdannet: Åse Ødegård');
    expect(text).toContain('Veileder: (ikke valgt ennå)');
    expect(text).toContain('Versjon 2');
    expect(text).toContain('60 minutter');
    expect(text).toContain('Tid til veiledning');
    expect(hashText(text)).toBe(hashText(renderAgreementText(input)));
    expect(hashText(text)).not.toBe(hashText(renderAgreementText({ ...input, version: 3 })));
    expect(renderAgreementText({ ...input, locale: 'en', sections: defaultTemplateTexts().en })).toContain(
      'Mentor: (not chosen yet)',
    );
  });
});

describe('agreements', () => {
  it('versions the template: defaults first, every edit a new version, the same text no new one', async () => {
    const s = await setup();
    const first = await s.coordinator.client.get(`${s.base}/agreement-template`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: null, abilities: { manage: true } });
    const texts = first.json().texts;
    expect(texts.nn.timeSetAside).toContain('kvar veke');

    const edited = { ...texts, nb: { ...texts.nb, unitFocus: 'Vi satser på trygghet.' } };
    const v1 = await s.coordinator.client.put(`${s.base}/agreement-template`, { texts: edited });
    expect(v1.json().version).toBe(1);
    const same = await s.coordinator.client.put(`${s.base}/agreement-template`, { texts: edited });
    expect(same.json().version).toBe(1);
    const v2 = await s.coordinator.client.put(`${s.base}/agreement-template`, {
      texts: { ...edited, en: { ...edited.en, mentorTasks: 'Listen first.' } },
    });
    expect(v2.json().version).toBe(2);
    expect((await s.coordinator.client.get(`${s.base}/agreement-template`)).json().texts.en.mentorTasks).toBe(
      'Listen first.',
    );

    const bad = await s.coordinator.client.put(`${s.base}/agreement-template`, {
      texts: { ...edited, nb: { ...edited.nb, unitFocus: '  ' } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await s.nqt.client.put(`${s.base}/agreement-template`, { texts: edited })).statusCode).toBe(403);
  });

  it('creates one agreement per enrolled NQT, idempotently, with the mentor pending until paired', async () => {
    const s = await setup();
    const created = await s.coordinator.client.post(`${s.base}/agreements`, {});
    expect(created.statusCode, created.body).toBe(200);
    const body = created.json();
    expect(body.currentVersion).toBe(1);
    expect(body.items).toHaveLength(2);
    const mine = body.items.find((a: { enrolmentId: string }) => a.enrolmentId === s.enrolment.id);
    expect(
      mine.parties.map((p: { party: string; name: string; status: string }) => [p.party, p.name, p.status]),
    ).toEqual([
      ['nqt', `${s.nqt.user.name}`, 'pending'],
      ['mentor', s.mentor.user.name, 'pending'],
      ['unit_leader', s.head.user.name, 'pending'],
      ['coordinator', s.coordinator.user.name, 'pending'],
    ]);
    const unpaired = body.items.find((a: { enrolmentId: string }) => a.enrolmentId === s.otherEnrolment.id);
    expect(unpaired.parties[1]).toMatchObject({ party: 'mentor', personId: null, status: 'missing' });
    expect(body.notAccepted).toHaveLength(8);

    const again = await s.coordinator.client.post(`${s.base}/agreements`, {});
    expect(
      again
        .json()
        .items.map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual(body.items.map((a: { id: string }) => a.id).sort());
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.entityId, s.programme.id));
    expect(audits.filter((a) => a.action === 'agreement.create_all')).toHaveLength(1);

    const notCoordinator = await s.coordinator.client.post(`${s.base}/agreements`, {
      coordinatorUserId: s.nqt.user.id,
    });
    expect(notCoordinator.statusCode).toBe(422);
    expect(notCoordinator.json().error.code).toBe('NOT_A_COORDINATOR');
    expect((await s.nqt.client.post(`${s.base}/agreements`, {})).statusCode).toBe(403);
  });

  it('each party accepts through /api/me; a new template version needs every party again; a non-party gets 404', async () => {
    const s = await setup();
    await s.coordinator.client.post(`${s.base}/agreements`, {});
    const listed = await s.nqt.client.get('/api/me/agreements');
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items).toHaveLength(1);
    const agreement = listed.json().items[0];
    expect(agreement).toMatchObject({ myParties: ['nqt'], mustAccept: true, currentVersion: 1 });
    expect(agreement.text).toContain(s.nqt.user.name);

    // A stranger in the same owner, and the other NQT's mentor-less agreement, stay hidden.
    const stranger = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'mentor', unit: s.unit }] });
    const strangerClient = await signIn(t.app, stranger.email, stranger.password);
    expect((await strangerClient.get('/api/me/agreements')).json().items).toEqual([]);
    const strangerAccept = await strangerClient.post(`/api/me/agreements/${agreement.id}/accept`, { version: 1 });
    expect(strangerAccept.statusCode).toBe(404);
    expect((await strangerClient.get(`/api/me/agreements/${agreement.id}/pdf`)).statusCode).toBe(404);
    expect((await strangerClient.get(`${s.base}/agreements/${agreement.id}/pdf`)).statusCode).toBe(404);

    for (const party of [s.nqt, s.mentor, s.head]) {
      const res = await party.client.post(`/api/me/agreements/${agreement.id}/accept`, { version: 1 });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().mustAccept).toBe(false);
    }
    // Accepting twice changes nothing.
    expect((await s.nqt.client.post(`/api/me/agreements/${agreement.id}/accept`, { version: 1 })).statusCode).toBe(200);
    const coordinatorAccept = await s.coordinator.client.post(`/api/me/agreements/${agreement.id}/accept`, {
      version: 1,
    });
    expect(coordinatorAccept.json()).toMatchObject({ myParties: ['coordinator'], isSigned: true, notAccepted: [] });
    const rows = await t.db
      .select()
      .from(agreementAcceptances)
      .where(eq(agreementAcceptances.agreementId, agreement.id));
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.textHash)).size).toBe(1);

    const signedPdf = await s.coordinator.client.get(`${s.base}/agreements/${agreement.id}/pdf`);
    expect(signedPdf.statusCode).toBe(200);
    expect(signedPdf.headers['content-type']).toBe('application/pdf');
    expect(signedPdf.headers['content-disposition']).toMatch(/^attachment; filename="veiledningsavtale-.*\.pdf"$/);
    expect(signedPdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // A new version: everyone must accept again, the old acceptances stay as history.
    const template = (await s.coordinator.client.get(`${s.base}/agreement-template`)).json().texts;
    await s.coordinator.client.put(`${s.base}/agreement-template`, {
      texts: { ...template, nb: { ...template.nb, timeSetAside: 'Onsdager 12–13.' } },
    });
    const stale = await s.mentor.client.post(`/api/me/agreements/${agreement.id}/accept`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('AGREEMENT_VERSION_CHANGED');
    const view = (await s.coordinator.client.get(`${s.base}/agreements`)).json();
    const after = view.items.find((a: { id: string }) => a.id === agreement.id);
    expect(after).toMatchObject({ currentVersion: 2, isSigned: false });
    expect(after.parties.map((p: { status: string }) => p.status)).toEqual([
      'outdated',
      'outdated',
      'outdated',
      'outdated',
    ]);
    expect(after.acceptances).toHaveLength(4);
    expect(view.notAccepted.filter((p: { agreementId: string }) => p.agreementId === agreement.id)).toHaveLength(4);
    const mentorAgain = await s.mentor.client.post(`/api/me/agreements/${agreement.id}/accept`, { version: 2 });
    expect(mentorAgain.json().parties[1]).toMatchObject({ status: 'accepted', acceptedVersion: 2 });
    expect(mentorAgain.json().acceptances).toHaveLength(5);

    // Analysts view, but do not manage.
    const analyst = await buildUser(t.db, { owner: s.owner, roles: [{ role: 'analyst' }] });
    const analystClient = await signIn(t.app, analyst.email, analyst.password);
    expect((await analystClient.get(`${s.base}/agreements`)).statusCode).toBe(200);
    expect((await analystClient.get(`${s.base}/agreements/${agreement.id}/pdf`)).statusCode).toBe(200);
    expect((await analystClient.post(`${s.base}/agreements`, {})).statusCode).toBe(403);
    // The party's own copy.
    const own = await s.nqt.client.get(`/api/me/agreements/${agreement.id}/pdf`, { 'accept-language': 'en' });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-disposition']).toMatch(/mentoring-agreement-/);
  });

  it('prints the programme, the parties, the sections and who is missing into the PDF', async () => {
    const s = await setup();
    await s.coordinator.client.post(`${s.base}/agreements`, {});
    const rows = await listAgreementRows(t.db, { ownerId: s.owner.id, programmeId: s.programme.id });
    const views = await presentAgreements(t.db, rows);
    const unpaired = views.find((v) => v.enrolmentId === s.otherEnrolment.id);
    if (!unpaired) throw new Error('agreement');
    const text = pdfText(await renderAgreementPdf(unpaired, 'nb', { compress: false }));
    expect(text).toContain(s.otherNqt.givenName);
    expect(text).toContain(s.programme.name);
    expect(text).toContain('Enhetens fokus');
    expect(text).toContain('Ikke signert. Mangler godkjenning fra:');
    expect(text).toContain('Veileder (ikke');
  });
});
