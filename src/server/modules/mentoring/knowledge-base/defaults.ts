import type { Locale } from '../../../../shared/enums.ts';
import type { KnowledgeBaseText, KnowledgeBaseTexts } from '../../../../shared/schemas/knowledge-base.ts';

/*
 * The default knowledge base, after the co-created model of the three Trøndelag regions (seed 001,
 * figure 4): the overall aim, the four sub-goals of the NQT's career start with what the NQT, mentor,
 * leadership, colleagues, owner (resource team) and teacher education contribute, and the
 * progression from doing the job (year one) to investigating and developing practice (year two).
 * Mentoring time is not spent on practical introduction: leadership and colleagues see to that.
 * This is programme content the coordinator edits, not interface text, so it lives here and not in
 * the i18n catalogs.
 */

const nb: KnowledgeBaseText = {
  aim:
    'Trivsel, mestring og anerkjennelse. Læreplanforankret praksis. Profesjonell nysgjerrighet.\n\n' +
    'Den nyutdannede er subjektet som leder egen kompetanseutvikling. Veiledere, ledere og kolleger skal støtte og stimulere, og forventninger og roller må avklares. Alle faktorene i organisasjonen påvirker den nyutdannedes hverdag og utvikling, og veiledningsordningen skal være et prosessverktøy for den nyutdannede. Målsettingen gjelder alle lærerne i organisasjonen, ikke bare de nyutdannede.',
  yearOne:
    'Første år handler om å utøve jobben: mestre hverdagen med barn og elever, planlegging, vurdering og samarbeid, og forstå og bruke organisasjonen. Veiledningstiden brukes ikke til praktisk introduksjon til arbeidsplassen; det ivaretar ledelsen og kollegene.',
  yearTwo:
    'Andre år handler om å undersøke og utvikle egen praksis: utøve – undersøke – utvikle. Den nyutdannede utfordres til å være analytisk og profesjonelt nysgjerrig og til å delta i profesjonelle læringsfellesskap og utviklingsarbeid.',
  subGoals: {
    workplace: {
      description:
        'Bli kjent med arbeidsplassens praksis, organisering og styringsdokumenter: regler, rutiner, lokale planer og satsingsområder.',
      contributions: {
        nqt: 'Spør, tar initiativ og setter seg inn i planer og rutiner.',
        mentor:
          'Bruker ikke veiledningstiden til praktisk introduksjon, men hjelper den nyutdannede å reflektere over det som er nytt.',
        unitLeader: 'Gir informasjon om «slik gjør vi det her» og tilpasser arbeidsoppgavene det første året.',
        colleagues: 'Fadderordning: en kollega viser vei i hverdagen.',
        owner: 'Introduserer eierens planer og veiledningsordningen, og holder ressursbanken oppdatert.',
        teacherEducation: '',
      },
    },
    belonging: {
      description:
        'God start i samspill med elever, foresatte og kolleger: inkludering, anerkjennelse og deltakelse i profesjonelle læringsfellesskap.',
      contributions: {
        nqt: 'Deltar i team og fellesskap og deler egne erfaringer.',
        mentor: 'Veileder i relasjonsarbeid og i samarbeidet med elever, foresatte og kolleger.',
        unitLeader: 'Inkluderer den nyutdannede i team, profesjonelle læringsfellesskap og utviklingsarbeid.',
        colleagues: 'Sosial inkludering, teamarbeid og profesjonelle læringsfellesskap.',
        owner: 'Nettverkssamlinger og sosiale treff for nyutdannede.',
        teacherEducation: '',
      },
    },
    role: {
      description:
        'Reflektere over og bygge egen lærerrolle: etikk, samarbeid, undervisning, vurdering og analyse. Veiledning for å utøve lærerjobben.',
      contributions: {
        nqt: 'Tar med egne situasjoner og spørsmål til veiledningen og prøver ut nye grep.',
        mentor:
          'Refleksjon rundt lærerrolle, etikk, samarbeid, undervisning, vurdering og analyse, individuelt og i gruppe.',
        unitLeader: 'Rigger veiledningsordningen med kvalifiserte veiledere og setter av tid til veiledning.',
        colleagues: 'Deler undervisningsopplegg og erfaringer i teamet.',
        owner: 'Ressursteamet leder nettverk for nyutdannede og for veiledere og følger opp enhetene.',
        teacherEducation: 'Faglig forankring og påfyll i veiledernettverk og på regionale samlinger.',
      },
    },
    investigate: {
      description:
        'Strategier for å være undersøkende, analytisk og profesjonelt nysgjerrig. Veiledning for å undersøke og utvikle egen praksis.',
      contributions: {
        nqt: 'Undersøker egen praksis systematisk, for eksempel med en problemstilling fra egen gruppe eller klasse.',
        mentor: 'Utfordrer den nyutdannede til å analysere og utvikle egen praksis, særlig i andre år.',
        unitLeader: 'Gir rom for utviklingsarbeid og deltakelse i skole- og barnehageutvikling.',
        colleagues: 'Undersøker praksis sammen i profesjonelle læringsfellesskap.',
        owner: 'Samarbeider med lærerutdanningen om å utvikle veiledningsordningen.',
        teacherEducation: 'Knytter forskning og erfaringskunnskap til veiledningen og leder utviklingsprosesser.',
      },
    },
  },
};

const nn: KnowledgeBaseText = {
  aim:
    'Trivsel, meistring og anerkjenning. Læreplanforankra praksis. Profesjonell nysgjerrigheit.\n\n' +
    'Den nyutdanna er subjektet som leier eiga kompetanseutvikling. Rettleiarar, leiarar og kollegaer skal støtte og stimulere, og forventingar og roller må avklarast. Alle faktorane i organisasjonen påverkar kvardagen og utviklinga til den nyutdanna, og rettleiingsordninga skal vere eit prosessverktøy for den nyutdanna. Målsetjinga gjeld alle lærarane i organisasjonen, ikkje berre dei nyutdanna.',
  yearOne:
    'Første året handlar om å utøve jobben: meistre kvardagen med born og elevar, planlegging, vurdering og samarbeid, og forstå og bruke organisasjonen. Rettleiingstida blir ikkje brukt til praktisk introduksjon til arbeidsplassen; det tek leiinga og kollegaene seg av.',
  yearTwo:
    'Andre året handlar om å undersøkje og utvikle eigen praksis: utøve – undersøkje – utvikle. Den nyutdanna blir utfordra til å vere analytisk og profesjonelt nysgjerrig og til å delta i profesjonelle læringsfellesskap og utviklingsarbeid.',
  subGoals: {
    workplace: {
      description:
        'Bli kjend med praksisen, organiseringa og styringsdokumenta på arbeidsplassen: reglar, rutinar, lokale planar og satsingsområde.',
      contributions: {
        nqt: 'Spør, tek initiativ og set seg inn i planar og rutinar.',
        mentor:
          'Brukar ikkje rettleiingstida til praktisk introduksjon, men hjelper den nyutdanna å reflektere over det som er nytt.',
        unitLeader: 'Gir informasjon om «slik gjer vi det her» og tilpassar arbeidsoppgåvene det første året.',
        colleagues: 'Fadderordning: ein kollega viser veg i kvardagen.',
        owner: 'Introduserer planane til eigaren og rettleiingsordninga, og held ressursbanken oppdatert.',
        teacherEducation: '',
      },
    },
    belonging: {
      description:
        'God start i samspel med elevar, føresette og kollegaer: inkludering, anerkjenning og deltaking i profesjonelle læringsfellesskap.',
      contributions: {
        nqt: 'Deltek i team og fellesskap og deler eigne erfaringar.',
        mentor: 'Rettleier i relasjonsarbeid og i samarbeidet med elevar, føresette og kollegaer.',
        unitLeader: 'Inkluderer den nyutdanna i team, profesjonelle læringsfellesskap og utviklingsarbeid.',
        colleagues: 'Sosial inkludering, teamarbeid og profesjonelle læringsfellesskap.',
        owner: 'Nettverkssamlingar og sosiale treff for nyutdanna.',
        teacherEducation: '',
      },
    },
    role: {
      description:
        'Reflektere over og byggje eiga lærarrolle: etikk, samarbeid, undervisning, vurdering og analyse. Rettleiing for å utøve lærarjobben.',
      contributions: {
        nqt: 'Tek med eigne situasjonar og spørsmål til rettleiinga og prøver ut nye grep.',
        mentor:
          'Refleksjon kring lærarrolle, etikk, samarbeid, undervisning, vurdering og analyse, individuelt og i gruppe.',
        unitLeader: 'Riggar rettleiingsordninga med kvalifiserte rettleiarar og set av tid til rettleiing.',
        colleagues: 'Deler undervisningsopplegg og erfaringar i teamet.',
        owner: 'Ressursteamet leier nettverk for nyutdanna og for rettleiarar og følgjer opp einingane.',
        teacherEducation: 'Fagleg forankring og påfyll i rettleiarnettverk og på regionale samlingar.',
      },
    },
    investigate: {
      description:
        'Strategiar for å vere undersøkjande, analytisk og profesjonelt nysgjerrig. Rettleiing for å undersøkje og utvikle eigen praksis.',
      contributions: {
        nqt: 'Undersøkjer eigen praksis systematisk, til dømes med ei problemstilling frå eiga gruppe eller klasse.',
        mentor: 'Utfordrar den nyutdanna til å analysere og utvikle eigen praksis, særleg i andre året.',
        unitLeader: 'Gir rom for utviklingsarbeid og deltaking i skule- og barnehageutvikling.',
        colleagues: 'Undersøkjer praksis saman i profesjonelle læringsfellesskap.',
        owner: 'Samarbeider med lærarutdanninga om å utvikle rettleiingsordninga.',
        teacherEducation: 'Knyter forsking og erfaringskunnskap til rettleiinga og leier utviklingsprosessar.',
      },
    },
  },
};

const en: KnowledgeBaseText = {
  aim:
    'Well-being, mastery and recognition. Practice anchored in the curriculum. Professional curiosity.\n\n' +
    'The newly qualified teacher is the subject who leads their own professional development. Mentors, leaders and colleagues support and encourage, and expectations and roles must be made clear. Everything in the organisation affects the newly qualified teacher’s days and development, and the mentoring programme is a tool for their process. The aim applies to every teacher in the organisation, not only the newly qualified.',
  yearOne:
    'Year one is about doing the job: managing the everyday work with children and pupils, planning, assessment and cooperation, and understanding and using the organisation. Mentoring time is not spent on practical introduction to the workplace; leadership and colleagues see to that.',
  yearTwo:
    'Year two is about investigating and developing one’s own practice: practise – investigate – develop. The newly qualified teacher is challenged to be analytical and professionally curious and to take part in professional learning communities and development work.',
  subGoals: {
    workplace: {
      description:
        'Get to know the workplace’s practice, organisation and governing documents: rules, routines, local plans and priorities.',
      contributions: {
        nqt: 'Asks, takes the initiative and learns the plans and routines.',
        mentor:
          'Does not spend mentoring time on practical introduction, but helps the newly qualified teacher reflect on what is new.',
        unitLeader: 'Explains “this is how we do it here” and adapts the tasks in the first year.',
        colleagues: 'A buddy scheme: a colleague shows the way in everyday work.',
        owner: 'Introduces the owner’s plans and the mentoring programme, and keeps the resource bank up to date.',
        teacherEducation: '',
      },
    },
    belonging: {
      description:
        'A good start with pupils, parents and colleagues: inclusion, recognition and taking part in professional learning communities.',
      contributions: {
        nqt: 'Takes part in teams and the community and shares their experience.',
        mentor: 'Mentors relationship work and cooperation with pupils, parents and colleagues.',
        unitLeader:
          'Includes the newly qualified teacher in teams, professional learning communities and development work.',
        colleagues: 'Social inclusion, team work and professional learning communities.',
        owner: 'Network meetings and social meetups for newly qualified teachers.',
        teacherEducation: '',
      },
    },
    role: {
      description:
        'Reflect on and build one’s own teacher role: ethics, cooperation, teaching, assessment and analysis. Mentoring to do the job.',
      contributions: {
        nqt: 'Brings their own situations and questions to mentoring and tries out new approaches.',
        mentor:
          'Reflection on the teacher role, ethics, cooperation, teaching, assessment and analysis, one to one and in groups.',
        unitLeader: 'Sets up the programme with qualified mentors and sets time aside for mentoring.',
        colleagues: 'Share lesson plans and experience in the team.',
        owner: 'The resource team runs networks for newly qualified teachers and for mentors and follows up the units.',
        teacherEducation: 'Research grounding and input in mentor networks and regional gatherings.',
      },
    },
    investigate: {
      description:
        'Strategies for being inquiring, analytical and professionally curious. Mentoring to investigate and develop one’s own practice.',
      contributions: {
        nqt: 'Investigates their own practice systematically, for instance with a question from their own group or class.',
        mentor: 'Challenges the newly qualified teacher to analyse and develop their practice, above all in year two.',
        unitLeader: 'Makes room for development work and for taking part in school and kindergarten development.',
        colleagues: 'Investigate practice together in professional learning communities.',
        owner: 'Works with the teacher education institution on developing the programme.',
        teacherEducation: 'Links research and practical knowledge to mentoring and leads development processes.',
      },
    },
  },
};

const DEFAULTS: Record<Locale, KnowledgeBaseText> = { nb, nn, en };

/** A fresh copy of the default texts in all three languages (callers may change it). */
export function defaultKnowledgeBaseTexts(): KnowledgeBaseTexts {
  return structuredClone({ nb: DEFAULTS.nb, nn: DEFAULTS.nn, en: DEFAULTS.en });
}
