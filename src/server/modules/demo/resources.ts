import type { DbOrTx } from '../../db/client.ts';
import { resources } from '../../db/schema.ts';

/*
 * A handful of resources in Demo kommune's bank: links to public pages, Markdown texts written for the
 * demo (fictional), for the different audiences, so search, filters and the per-role view have
 * something to show. No files: their bytes would only bloat the seed.
 */
export async function seedDemoResources(tx: DbOrTx, opts: { ownerId: string; createdBy: string | null }) {
  const base = { ownerId: opts.ownerId, createdBy: opts.createdBy, updatedBy: opts.createdBy };
  await tx.insert(resources).values([
    {
      ...base,
      kind: 'text',
      title: 'Veiledningen i første år: slik jobber vi',
      description: 'Rammene for veiledningen av nyutdannede i Demo kommune.',
      body: [
        '## Hva veiledningen er',
        '',
        'Veiledningen er en **samtale mellom to fagpersoner**. Den nyutdannede setter dagsorden; veilederen lytter, spør og utfordrer.',
        '',
        '## Slik forbereder du deg',
        '',
        '- Ta med en konkret situasjon fra uken som gikk.',
        '- Tenk gjennom hva du vil ha hjelp til å forstå.',
        '- Skriv ned ett spørsmål du vil ta med videre.',
        '',
        'Les mer om rammene hos [Utdanningsdirektoratet](https://www.udir.no/).',
      ].join('\n'),
      subGoals: ['role', 'investigate'],
      themes: ['own_practice', 'mentoring_methods'],
      audience: ['nqt', 'mentor'],
    },
    {
      ...base,
      kind: 'text',
      title: 'Den første foreldresamtalen',
      description: 'Sjekkliste før, under og etter samtalen.',
      body: [
        '1. Avtal tid og sted i god tid, og si hva samtalen skal handle om.',
        '2. Start med noe som går bra.',
        '3. Lytt mer enn du snakker, og avtal neste steg sammen.',
        '',
        'Snakk med veilederen din etterpå: *hva lærte du?*',
      ].join('\n'),
      subGoals: ['belonging'],
      themes: ['parent_collaboration', 'challenges'],
      audience: ['nqt'],
    },
    {
      ...base,
      kind: 'link',
      title: 'Veiledning av nyutdannede nytilsatte lærere',
      description: 'Nasjonale rammer og prinsipper for veiledning av nyutdannede.',
      url: 'https://www.udir.no/',
      subGoals: ['workplace'],
      themes: ['mentoring_methods'],
      audience: ['nqt', 'mentor', 'unit_leader', 'coordinator'],
    },
    {
      ...base,
      kind: 'text',
      title: 'Veiledersamtalen: spørsmål som åpner',
      description: 'Et knippe åpne spørsmål til veiledere.',
      body: [
        '- Hva skjedde, slik du så det?',
        '- Hva tenkte du der og da?',
        '- Hva ville du gjort annerledes, og hvorfor?',
        '- Hva trenger du for å få det til neste gang?',
      ].join('\n'),
      subGoals: ['investigate'],
      themes: ['mentoring_methods', 'coping'],
      audience: ['mentor'],
    },
    {
      ...base,
      kind: 'text',
      title: 'Lederens rolle i mottaket av nyutdannede',
      description: 'Hva enhetslederen gjør før og i den første måneden.',
      body: [
        'Som leder sørger du for at **tiden til veiledning** er satt av i arbeidsplanen, at veilederen har',
        'rom til oppgaven, og at den nyutdannede blir kjent med enhetens praksis og styringsdokumenter.',
      ].join('\n'),
      subGoals: ['workplace'],
      themes: ['pedagogical_leadership'],
      audience: ['unit_leader', 'coordinator'],
    },
    {
      ...base,
      kind: 'text',
      title: 'Klasseledelse de første ukene',
      description: 'Tips til struktur, relasjoner og rutiner i barnehage og skole.',
      body: 'Tydelige rutiner og varme relasjoner henger sammen. Start med få regler, øv på dem, og **vis** hva du mener.',
      subGoals: ['role', 'belonging'],
      themes: ['classroom_leadership', 'coping'],
      audience: ['nqt', 'mentor'],
      unitTypes: ['primary', 'lower_secondary', 'combined'],
    },
  ]);
}
