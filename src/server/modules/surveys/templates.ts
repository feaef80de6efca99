import {
  AGREEMENT5_OPTIONS,
  type ChoiceOption,
  type Localized,
  type QuestionInput,
  type SectionInput,
  type SurveyRole,
  type TemplateKey,
} from '../../../shared/schemas/surveys.ts';

/*
 * The templates a coordinator starts from (issue 5 item 2). Questions follow the seeds: the yearly
 * quality surveys of NQTs, mentors, unit leaders and owners (Lillestrøm, Trøndelag), Tromsø's evaluation
 * after every guidance session, and the Veilederkorps evaluation on the five-step scale. Each question
 * has a stable `key` so a survey made from the same template next year can be compared.
 */

const L = (nb: string, nn: string, en: string): Localized => ({ nb, nn, en });

function agree(key: string, text: Localized, required = true): QuestionInput {
  return { key, type: 'agreement5', text, options: [...AGREEMENT5_OPTIONS], required };
}
function free(key: string, text: Localized): QuestionInput {
  return { key, type: 'text', text, options: [], required: false };
}
function scale(key: string, text: Localized, options: ChoiceOption[]): QuestionInput {
  return { key, type: 'scale', text, options, required: true };
}
function single(key: string, text: Localized, options: ChoiceOption[]): QuestionInput {
  return { key, type: 'single', text, options, required: true };
}
function multiple(key: string, text: Localized, options: ChoiceOption[]): QuestionInput {
  return { key, type: 'multiple', text, options, required: false };
}

const IMPORTANCE: ChoiceOption[] = [
  { value: '1', label: L('Ikke viktig', 'Ikkje viktig', 'Not important') },
  { value: '2', label: L('Litt viktig', 'Litt viktig', 'Somewhat important') },
  { value: '3', label: L('Viktig', 'Viktig', 'Important') },
  { value: '4', label: L('Svært viktig', 'Svært viktig', 'Very important') },
];

const OVERALL: ChoiceOption[] = [
  { value: '1', label: L('Svært dårlig', 'Svært dårleg', 'Very poor') },
  { value: '2', label: L('Dårlig', 'Dårleg', 'Poor') },
  { value: '3', label: L('Middels', 'Middels', 'Fair') },
  { value: '4', label: L('God', 'God', 'Good') },
  { value: '5', label: L('Svært god', 'Svært god', 'Very good') },
];

const FREQUENCY: ChoiceOption[] = [
  { value: 'weekly', label: L('Hver uke', 'Kvar veke', 'Every week') },
  { value: 'biweekly', label: L('Annenhver uke', 'Annakvar veke', 'Every other week') },
  { value: 'monthly', label: L('Omtrent en gang i måneden', 'Om lag ein gong i månaden', 'About once a month') },
  { value: 'seldom', label: L('Sjeldnere', 'Sjeldnare', 'Less often') },
];

const NETWORK_PARTS: ChoiceOption[] = [
  { value: 'mentoring', label: L('Veiledningen', 'Rettleiinga', 'The mentoring') },
  { value: 'networks', label: L('Nettverkssamlingene', 'Nettverkssamlingane', 'The network meetings') },
  { value: 'meetups', label: L('De sosiale treffene', 'Dei sosiale treffa', 'The social meetups') },
  { value: 'colleagues', label: L('Kollegaer på arbeidsplassen', 'Kollegaer på arbeidsplassen', 'Colleagues at work') },
  { value: 'leaders', label: L('Ledelsen på enheten', 'Leiinga på eininga', 'The unit’s leaders') },
];

export interface SurveyTemplate {
  key: TemplateKey;
  title: Localized;
  intro: Localized;
  /** Who it is meant for: the audience the distribution page suggests. */
  roles: SurveyRole[];
  sections: SectionInput[];
}

const yearlyIntro = L(
  'Svarene brukes til å gjøre veiledningsordningen bedre neste år. Det tar omtrent fem minutter.',
  'Svara blir brukte til å gjere rettleiingsordninga betre neste år. Det tek om lag fem minutt.',
  'Your answers help improve the mentoring programme next year. It takes about five minutes.',
);

const TEMPLATES: SurveyTemplate[] = [
  {
    key: 'nqt_yearly',
    title: L(
      'Årlig undersøkelse for nyutdannede',
      'Årleg undersøking for nyutdanna',
      'Yearly survey for newly qualified teachers',
    ),
    intro: yearlyIntro,
    roles: ['nqt'],
    sections: [
      {
        title: L('Veiledningen', 'Rettleiinga', 'The mentoring'),
        questions: [
          single(
            'nqt.frequency',
            L(
              'Hvor ofte har du fått veiledning?',
              'Kor ofte har du fått rettleiing?',
              'How often have you had mentoring?',
            ),
            FREQUENCY,
          ),
          agree(
            'nqt.adapted',
            L(
              'Veiledningen har vært tilpasset mine behov.',
              'Rettleiinga har vore tilpassa behova mine.',
              'The mentoring has been adapted to my needs.',
            ),
          ),
          agree(
            'nqt.role',
            L(
              'Veiledningen har hjulpet meg å reflektere over min egen lærerrolle.',
              'Rettleiinga har hjelpt meg å reflektere over min eigen lærarrolle.',
              'The mentoring has helped me reflect on my own role as a teacher.',
            ),
          ),
          agree(
            'nqt.practice',
            L(
              'Jeg har fått strategier for å undersøke og utvikle min egen praksis.',
              'Eg har fått strategiar for å undersøkje og utvikle min eigen praksis.',
              'I have gained strategies to investigate and develop my own practice.',
            ),
          ),
          scale(
            'nqt.importance',
            L(
              'Hvor viktig har veiledningen vært for deg dette året?',
              'Kor viktig har rettleiinga vore for deg dette året?',
              'How important has the mentoring been to you this year?',
            ),
            IMPORTANCE,
          ),
        ],
      },
      {
        title: L('Arbeidsplassen', 'Arbeidsplassen', 'Your workplace'),
        questions: [
          agree(
            'nqt.welcome',
            L(
              'Jeg ble godt tatt imot på arbeidsplassen.',
              'Eg vart godt teken imot på arbeidsplassen.',
              'I was made welcome at my workplace.',
            ),
          ),
          agree(
            'nqt.community',
            L(
              'Jeg er en del av det profesjonelle fellesskapet.',
              'Eg er ein del av det profesjonelle fellesskapet.',
              'I am part of the professional community.',
            ),
          ),
          multiple(
            'nqt.helped',
            L(
              'Hva har hjulpet deg mest i starten? Velg gjerne flere.',
              'Kva har hjelpt deg mest i starten? Vel gjerne fleire.',
              'What has helped you most at the start? Choose as many as you like.',
            ),
            NETWORK_PARTS,
          ),
          agree(
            'nqt.stay',
            L(
              'Jeg ønsker å fortsette som lærer i kommunen.',
              'Eg ønskjer å halde fram som lærar i kommunen.',
              'I want to keep working as a teacher in the municipality.',
            ),
          ),
        ],
      },
      {
        title: L('Til slutt', 'Til slutt', 'Finally'),
        questions: [
          free(
            'nqt.improve',
            L(
              'Hva bør vi gjøre annerledes neste år?',
              'Kva bør vi gjere annleis neste år?',
              'What should we do differently next year?',
            ),
          ),
        ],
      },
    ],
  },
  {
    key: 'mentor_yearly',
    title: L('Årlig undersøkelse for veiledere', 'Årleg undersøking for rettleiarar', 'Yearly survey for mentors'),
    intro: yearlyIntro,
    roles: ['mentor'],
    sections: [
      {
        title: L('Veiledningen', 'Rettleiinga', 'The mentoring'),
        questions: [
          agree(
            'mentor.time',
            L(
              'Jeg har hatt nok tid til veiledningen.',
              'Eg har hatt nok tid til rettleiinga.',
              'I have had enough time for the mentoring.',
            ),
          ),
          agree(
            'mentor.structure',
            L(
              'Veiledningen har fulgt en fast struktur.',
              'Rettleiinga har følgt ein fast struktur.',
              'The mentoring has followed a set structure.',
            ),
          ),
          agree(
            'mentor.competence',
            L(
              'Jeg har den kompetansen jeg trenger som veileder.',
              'Eg har den kompetansen eg treng som rettleiar.',
              'I have the competence I need as a mentor.',
            ),
          ),
          agree(
            'mentor.support',
            L(
              'Ledelsen har lagt til rette for veiledningen.',
              'Leiinga har lagt til rette for rettleiinga.',
              'The leaders have made room for the mentoring.',
            ),
          ),
          scale(
            'mentor.network',
            L(
              'Hvor viktig har veiledernettverket vært for deg?',
              'Kor viktig har rettleiarnettverket vore for deg?',
              'How important has the mentor network been to you?',
            ),
            IMPORTANCE,
          ),
        ],
      },
      {
        title: L('Til slutt', 'Til slutt', 'Finally'),
        questions: [
          free(
            'mentor.improve',
            L(
              'Hva bør vi gjøre annerledes neste år?',
              'Kva bør vi gjere annleis neste år?',
              'What should we do differently next year?',
            ),
          ),
        ],
      },
    ],
  },
  {
    key: 'unit_leader_yearly',
    title: L('Årlig undersøkelse for ledere', 'Årleg undersøking for leiarar', 'Yearly survey for unit leaders'),
    intro: yearlyIntro,
    roles: ['unit_leader'],
    sections: [
      {
        title: L('Ordningen på din enhet', 'Ordninga på eininga di', 'The programme at your unit'),
        questions: [
          agree(
            'leader.duties',
            L(
              'Jeg kjenner mine oppgaver i veiledningsordningen.',
              'Eg kjenner oppgåvene mine i rettleiingsordninga.',
              'I know my duties in the mentoring programme.',
            ),
          ),
          agree(
            'leader.time',
            L(
              'Enheten har satt av tid til veiledning slik avtalen sier.',
              'Eininga har sett av tid til rettleiing slik avtalen seier.',
              'The unit has set aside time for mentoring as the agreement says.',
            ),
          ),
          agree(
            'leader.introduction',
            L(
              'Nyutdannede får en god innføring i hvordan vi gjør det her.',
              'Nyutdanna får ei god innføring i korleis vi gjer det her.',
              'New teachers get a good introduction to how we do things here.',
            ),
          ),
          agree(
            'leader.effect',
            L(
              'Ordningen bidrar til at nyutdannede blir værende hos oss.',
              'Ordninga bidreg til at nyutdanna blir verande hos oss.',
              'The programme helps new teachers stay with us.',
            ),
          ),
        ],
      },
      {
        title: L('Til slutt', 'Til slutt', 'Finally'),
        questions: [
          free(
            'leader.improve',
            L(
              'Hva bør vi gjøre annerledes neste år?',
              'Kva bør vi gjere annleis neste år?',
              'What should we do differently next year?',
            ),
          ),
        ],
      },
    ],
  },
  {
    key: 'owner_yearly',
    title: L(
      'Årlig undersøkelse for skoleeier',
      'Årleg undersøking for skuleeigar',
      'Yearly survey for the school owner',
    ),
    intro: yearlyIntro,
    roles: ['owner_admin', 'coordinator'],
    sections: [
      {
        title: L('Forankring og kvalitet', 'Forankring og kvalitet', 'Anchoring and quality'),
        questions: [
          agree(
            'owner.anchored',
            L(
              'Ordningen er godt forankret hos eier og på enhetene.',
              'Ordninga er godt forankra hos eigar og på einingane.',
              'The programme is well anchored with the owner and at the units.',
            ),
          ),
          agree(
            'owner.roles',
            L(
              'Roller og ansvar i ordningen er tydelige.',
              'Roller og ansvar i ordninga er tydelege.',
              'Roles and duties in the programme are clear.',
            ),
          ),
          agree(
            'owner.mentors',
            L(
              'Vi har nok kvalifiserte veiledere.',
              'Vi har nok kvalifiserte rettleiarar.',
              'We have enough qualified mentors.',
            ),
          ),
          agree(
            'owner.university',
            L(
              'Samarbeidet med lærerutdanningen fungerer godt.',
              'Samarbeidet med lærarutdanninga fungerer godt.',
              'The cooperation with teacher education works well.',
            ),
          ),
          agree(
            'owner.retention',
            L(
              'Ordningen bidrar til å beholde nyutdannede i kommunen.',
              'Ordninga bidreg til å halde på nyutdanna i kommunen.',
              'The programme helps keep new teachers in the municipality.',
            ),
          ),
        ],
      },
      {
        title: L('Til slutt', 'Til slutt', 'Finally'),
        questions: [
          free(
            'owner.improve',
            L(
              'Hva er det viktigste å forbedre neste år?',
              'Kva er det viktigaste å forbetre neste år?',
              'What matters most to improve next year?',
            ),
          ),
        ],
      },
    ],
  },
  {
    key: 'guidance_session',
    title: L('Evaluering av veiledningsmøtet', 'Evaluering av rettleiingsmøtet', 'Evaluation of the guidance session'),
    intro: L(
      'Tre korte spørsmål om møtet i dag.',
      'Tre korte spørsmål om møtet i dag.',
      'Three short questions about today’s session.',
    ),
    roles: ['unit_leader'],
    sections: [
      {
        title: L('Møtet i dag', 'Møtet i dag', 'Today’s session'),
        questions: [
          free(
            'session.clearer',
            L(
              'Hva ble tydeligere for deg i dag?',
              'Kva vart tydelegare for deg i dag?',
              'What became clearer to you today?',
            ),
          ),
          free(
            'session.takeaway',
            L('Hva tar du med deg videre?', 'Kva tek du med deg vidare?', 'What do you take with you?'),
          ),
          scale(
            'session.overall',
            L(
              'Hva er ditt helhetsinntrykk av møtet?',
              'Kva er heilskapsinntrykket ditt av møtet?',
              'What is your overall impression of the session?',
            ),
            OVERALL,
          ),
        ],
      },
    ],
  },
  {
    key: 'guidance_programme',
    title: L('Evaluering av veiledningen', 'Evaluering av rettleiinga', 'Evaluation of the guidance'),
    intro: L(
      'Svar ut fra hele perioden med veiledning.',
      'Svar ut frå heile perioden med rettleiing.',
      'Answer for the whole period of guidance.',
    ),
    roles: ['unit_leader', 'owner_admin'],
    sections: [
      {
        title: L('Veiledningen', 'Rettleiinga', 'The guidance'),
        questions: [
          agree(
            'programme.development',
            L(
              'Veiledningen har bidratt positivt til det lokale utviklingsarbeidet.',
              'Rettleiinga har bidrege positivt til det lokale utviklingsarbeidet.',
              'The guidance has contributed positively to the local development work.',
            ),
          ),
          agree(
            'programme.match',
            L(
              'Det var god match mellom veilederne og oss som ble veiledet.',
              'Det var god match mellom rettleiarane og oss som vart rettleidde.',
              'There was a good match between the mentors and us as the guided party.',
            ),
          ),
          agree(
            'programme.practice',
            L(
              'Veiledningen har ført til endringer i praksis hos oss.',
              'Rettleiinga har ført til endringar i praksis hos oss.',
              'The guidance has led to changes in our practice.',
            ),
          ),
          agree(
            'programme.continue',
            L(
              'Vi har det vi trenger for å fortsette arbeidet selv.',
              'Vi har det vi treng for å halde fram med arbeidet sjølve.',
              'We have what we need to continue the work ourselves.',
            ),
          ),
          free(
            'programme.changes',
            L(
              'Hvilke endringer i praksis har dere sett?',
              'Kva endringar i praksis har de sett?',
              'Which changes in practice have you seen?',
            ),
          ),
        ],
      },
    ],
  },
];

export function surveyTemplates(): SurveyTemplate[] {
  return structuredClone(TEMPLATES);
}

export function surveyTemplate(key: TemplateKey): SurveyTemplate {
  const found = TEMPLATES.find((t) => t.key === key);
  if (!found) throw new Error(`no survey template ${key}`);
  return structuredClone(found);
}
