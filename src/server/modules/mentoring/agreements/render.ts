import { createHash } from 'node:crypto';
import type { Locale } from '../../../../shared/enums.ts';
import { translate } from '../../../../shared/i18n/index.ts';
import {
  AGREEMENT_SECTIONS,
  type AgreementParty,
  type TemplateSections,
  type TemplateTexts,
} from '../../../../shared/schemas/agreements.ts';

/** The default template in the three languages, from the seeds' rules (weekly 60/30 minutes in school, monthly in kindergarten). */
export function defaultTemplateTexts(): TemplateTexts {
  const sections = (locale: Locale): TemplateSections => ({
    unitFocus: translate(locale, 'agreements.default.unitFocus'),
    leaderResponsibilities: translate(locale, 'agreements.default.leaderResponsibilities'),
    mentorTasks: translate(locale, 'agreements.default.mentorTasks'),
    nqtResponsibilities: translate(locale, 'agreements.default.nqtResponsibilities'),
    timeSetAside: translate(locale, 'agreements.default.timeSetAside'),
  });
  return { nb: sections('nb'), nn: sections('nn'), en: sections('en') };
}

export function partyLabel(locale: Locale, party: AgreementParty): string {
  switch (party) {
    case 'nqt':
      return translate(locale, 'agreements.party.nqt');
    case 'mentor':
      return translate(locale, 'agreements.party.mentor');
    case 'unit_leader':
      return translate(locale, 'agreements.party.unit_leader');
    case 'coordinator':
      return translate(locale, 'agreements.party.coordinator');
  }
}

export function sectionTitle(locale: Locale, section: (typeof AGREEMENT_SECTIONS)[number]): string {
  switch (section) {
    case 'unitFocus':
      return translate(locale, 'agreements.section.unitFocus');
    case 'leaderResponsibilities':
      return translate(locale, 'agreements.section.leaderResponsibilities');
    case 'mentorTasks':
      return translate(locale, 'agreements.section.mentorTasks');
    case 'nqtResponsibilities':
      return translate(locale, 'agreements.section.nqtResponsibilities');
    case 'timeSetAside':
      return translate(locale, 'agreements.section.timeSetAside');
  }
}

export interface RenderInput {
  locale: Locale;
  programmeName: string;
  version: number;
  sections: TemplateSections;
  parties: { party: AgreementParty; name: string | null }[];
}

/**
 * The agreement's text as a party reads it and the PDF prints it: title, programme, version, the
 * parties and the five sections. Its SHA-256 is stored with each acceptance, so what was accepted
 * can be proven later even after the template moved on.
 */
export function renderAgreementText(input: RenderInput): string {
  const { locale } = input;
  const lines = [
    translate(locale, 'agreements.title'),
    translate(locale, 'agreements.subtitle'),
    `${translate(locale, 'agreements.programme')}: ${input.programmeName}`,
    translate(locale, 'agreements.version', { version: input.version }),
    '',
    translate(locale, 'agreements.parties'),
    ...input.parties.map(
      (p) => `${partyLabel(locale, p.party)}: ${p.name ?? `(${translate(locale, 'agreements.notNamed')})`}`,
    ),
  ];
  for (const section of AGREEMENT_SECTIONS) {
    lines.push('', sectionTitle(locale, section), input.sections[section]);
  }
  return `${lines.join('\n')}\n`;
}

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
