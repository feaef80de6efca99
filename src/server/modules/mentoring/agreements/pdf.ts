import PDFDocument from 'pdfkit';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import { AGREEMENT_SECTIONS } from '../../../../shared/schemas/agreements.ts';
import { type AgreementView, agreementText } from './queries.ts';
import { hashText, partyLabel, sectionTitle } from './render.ts';

/*
 * The agreement as a PDF. pdfkit's built-in Helvetica (WinAnsi) covers Latin-1, so æ, ø and å print
 * without embedding a font file; nothing outside Latin-1 is expected in Norwegian names, and pdfkit
 * drops such characters rather than failing. `compress: false` in tests leaves the text readable.
 */
export function renderAgreementPdf(
  view: AgreementView,
  locale: Locale,
  opts: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    compress: opts.compress ?? true,
    info: {
      Title: `${translate(locale, 'agreements.title')} – ${view.parties[0]?.name ?? ''}`,
      Creator: 'Tillit',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string, size = 13) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(size).text(text).moveDown(0.2);
  };
  const body = (text: string) => doc.font('Helvetica').fontSize(10.5).text(text, { lineGap: 2 });

  doc.font('Helvetica-Bold').fontSize(20).text(translate(locale, 'agreements.title'));
  doc
    .font('Helvetica')
    .fontSize(11)
    .fillColor('#444')
    .text(translate(locale, 'agreements.subtitle'))
    .fillColor('black');
  doc.moveDown(0.6);
  body(`${translate(locale, 'agreements.programme')}: ${view.programmeName}`);
  body(translate(locale, 'agreements.version', { version: view.currentVersion }));

  // The status comes first: a reader sees at once whether it is signed and who is missing.
  doc.moveDown(0.6).font('Helvetica-Bold').fontSize(11);
  if (view.isSigned)
    doc.fillColor('#1a7f37').text(translate(locale, 'agreements.signed', { version: view.currentVersion }));
  else {
    const missing = view.notAccepted
      .map((p) => `${partyLabel(locale, p.party)} (${p.name ?? translate(locale, 'agreements.notNamed')})`)
      .join(', ');
    doc.fillColor('#b42318').text(translate(locale, 'agreements.pending', { parties: missing }));
  }
  doc.fillColor('black');

  heading(translate(locale, 'agreements.parties'));
  for (const p of view.parties) {
    doc
      .font('Helvetica-Bold')
      .fontSize(10.5)
      .text(`${partyLabel(locale, p.party)}: `, { continued: true });
    doc.font('Helvetica').text(p.name ?? `(${translate(locale, 'agreements.notNamed')})`);
  }

  for (const section of AGREEMENT_SECTIONS) {
    heading(sectionTitle(locale, section));
    body(view.texts[locale][section]);
  }

  heading(translate(locale, 'agreements.acceptances'));
  if (view.acceptances.length === 0) body(translate(locale, 'agreements.noAcceptances'));
  for (const a of view.acceptances) {
    body(
      translate(locale, 'agreements.acceptedOn', {
        name: a.name,
        party: partyLabel(locale, a.party).toLowerCase(),
        version: a.templateVersion,
        date: osloDate(new Date(a.acceptedAt)),
      }),
    );
  }
  doc.moveDown(1).font('Helvetica').fontSize(8).fillColor('#666');
  doc.text(translate(locale, 'agreements.textHash', { hash: hashText(agreementText(view, view.locale)) }));
  doc.end();
  return done;
}
