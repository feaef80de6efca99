import { createBrowserRouter, Outlet } from 'react-router';
import { Loading } from '../lib/load-state.tsx';
import { Layout } from './layout.tsx';
import { RequireSession } from './require-session.tsx';
import { SessionProvider } from './session.tsx';

function Root() {
  return (
    <SessionProvider>
      <Outlet />
    </SessionProvider>
  );
}

/*
 * Every page is its own chunk (`lazy`), so the first visit loads the shell and the page it needs; the
 * router fetches a page's code before it switches to it, so the old page stays until the new is ready.
 */
export const router = createBrowserRouter([
  {
    Component: Root,
    // Shown while the first page's code loads.
    HydrateFallback: Loading,
    children: [
      {
        Component: Layout,
        children: [
          {
            path: '/logg-inn',
            lazy: async () => ({ Component: (await import('../features/auth/pages/login-page.tsx')).LoginPage }),
          },
          {
            path: '/invitasjon',
            lazy: async () => ({
              Component: (await import('../features/auth/pages/accept-invitation-page.tsx')).AcceptInvitationPage,
            }),
          },
          {
            // A survey's one-time link: the token is the credential, no login needed.
            path: '/svar/:token',
            lazy: async () => ({ Component: (await import('../features/surveys/pages/answer-page.tsx')).AnswerPage }),
          },
          {
            Component: RequireSession,
            children: [
              {
                index: true,
                lazy: async () => ({ Component: (await import('../features/home/pages/start-page.tsx')).StartPage }),
              },
              {
                path: '/kalender',
                lazy: async () => ({
                  Component: (await import('../features/calendar/pages/calendar-page.tsx')).CalendarPage,
                }),
              },
              {
                path: '/passord',
                lazy: async () => ({
                  Component: (await import('../features/auth/pages/change-password-page.tsx')).ChangePasswordPage,
                }),
              },
              {
                path: '/enheter',
                lazy: async () => ({ Component: (await import('../features/units/pages/units-page.tsx')).UnitsPage }),
              },
              {
                path: '/enheter/ny',
                lazy: async () => ({
                  Component: (await import('../features/units/pages/new-unit-page.tsx')).NewUnitPage,
                }),
              },
              {
                path: '/enheter/:unitId',
                lazy: async () => ({ Component: (await import('../features/units/pages/unit-page.tsx')).UnitPage }),
              },
              {
                path: '/personer',
                lazy: async () => ({
                  Component: (await import('../features/people/pages/people-page.tsx')).PeoplePage,
                }),
              },
              {
                path: '/personer/ny',
                lazy: async () => ({
                  Component: (await import('../features/people/pages/new-person-page.tsx')).NewPersonPage,
                }),
              },
              {
                path: '/personer/:personId',
                lazy: async () => ({
                  Component: (await import('../features/people/pages/person-page.tsx')).PersonPage,
                }),
              },
              {
                path: '/import',
                lazy: async () => ({
                  Component: (await import('../features/import/pages/import-page.tsx')).ImportPage,
                }),
              },
              {
                path: '/regioner',
                lazy: async () => ({
                  Component: (await import('../features/regional/pages/regions-page.tsx')).RegionsPage,
                }),
              },
              {
                path: '/regioner/:regionId/veiledning/:regionalProgrammeId',
                lazy: async () => ({
                  Component: (await import('../features/regional/pages/regional-programme-page.tsx'))
                    .RegionalProgrammePage,
                }),
              },
              {
                path: '/veiledning',
                lazy: async () => ({
                  Component: (await import('../features/mentoring/pages/programmes-page.tsx')).ProgrammesPage,
                }),
              },
              {
                path: '/veiledning/:programmeId',
                lazy: async () => ({
                  Component: (await import('../features/mentoring/pages/reach-page.tsx')).ReachPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/nyutdannede/:enrolmentId',
                lazy: async () => ({
                  Component: (await import('../features/mentoring/pages/enrolment-page.tsx')).EnrolmentPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/veiledere',
                lazy: async () => ({
                  Component: (await import('../features/mentoring/pages/mentors-page.tsx')).MentorsPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/kobling',
                lazy: async () => ({
                  Component: (await import('../features/mentoring/pages/matching-page.tsx')).MatchingPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/innstillinger',
                lazy: async () => ({
                  Component: (await import('../features/mentoring/pages/settings-page.tsx')).SettingsPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/avtaler',
                lazy: async () => ({
                  Component: (await import('../features/agreements/pages/programme-agreements-page.tsx'))
                    .ProgrammeAgreementsPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/arsrapport',
                lazy: async () => ({
                  Component: (await import('../features/annual-report/pages/annual-report-page.tsx')).AnnualReportPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/kunnskapsgrunnlag',
                lazy: async () => ({
                  Component: (await import('../features/knowledge-base/pages/programme-knowledge-base-page.tsx'))
                    .ProgrammeKnowledgeBasePage,
                }),
              },
              {
                path: '/kunnskapsgrunnlag/:ownerId/:programmeId',
                lazy: async () => ({
                  Component: (await import('../features/knowledge-base/pages/knowledge-base-page.tsx'))
                    .KnowledgeBasePage,
                }),
              },
              {
                path: '/veiledning/:programmeId/kvalitet',
                lazy: async () => ({
                  Component: (await import('../features/quality-cycle/pages/quality-cycle-page.tsx')).QualityCyclePage,
                }),
              },
              {
                path: '/veiledning/:programmeId/arshjul',
                lazy: async () => ({
                  Component: (await import('../features/annual-plan/pages/programme-plan-page.tsx')).ProgrammePlanPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/arshjul/ny',
                lazy: async () => ({
                  Component: (await import('../features/annual-plan/pages/event-page.tsx')).PlanEventPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/arshjul/:eventId',
                lazy: async () => ({
                  Component: (await import('../features/annual-plan/pages/event-page.tsx')).PlanEventPage,
                }),
              },
              {
                path: '/arshjul',
                lazy: async () => ({
                  Component: (await import('../features/annual-plan/pages/my-plan-page.tsx')).MyPlanPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/oppfolging',
                lazy: async () => ({
                  Component: (await import('../features/follow-up/pages/programme-follow-up-page.tsx'))
                    .ProgrammeFollowUpPage,
                }),
              },
              {
                path: '/min-enhet',
                lazy: async () => ({
                  Component: (await import('../features/follow-up/pages/my-unit-page.tsx')).MyUnitPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/nettverk',
                lazy: async () => ({
                  Component: (await import('../features/networks/pages/programme-networks-page.tsx'))
                    .ProgrammeNetworksPage,
                }),
              },
              {
                path: '/nettverk',
                lazy: async () => ({
                  Component: (await import('../features/networks/pages/my-network-page.tsx')).MyNetworkPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/samlinger',
                lazy: async () => ({
                  Component: (await import('../features/network-meetings/pages/programme-meetings-page.tsx'))
                    .ProgrammeMeetingsPage,
                }),
              },
              {
                path: '/veiledning/:programmeId/treff',
                lazy: async () => ({
                  Component: (await import('../features/network-meetings/pages/programme-meetups-page.tsx'))
                    .ProgrammeMeetupsPage,
                }),
              },
              {
                path: '/samlinger/:ownerId/:meetingId',
                lazy: async () => ({
                  Component: (await import('../features/network-meetings/pages/meeting-page.tsx')).MeetingPage,
                }),
              },
              {
                path: '/treff',
                lazy: async () => ({
                  Component: (await import('../features/network-meetings/pages/my-meetups-page.tsx')).MyMeetupsPage,
                }),
              },
              {
                path: '/mine-undersokelser',
                lazy: async () => ({
                  Component: (await import('../features/surveys/pages/my-surveys-page.tsx')).MySurveysPage,
                }),
              },
              {
                path: '/avtaler',
                lazy: async () => ({
                  Component: (await import('../features/agreements/pages/my-agreements-page.tsx')).MyAgreementsPage,
                }),
              },
              {
                path: '/undersokelser',
                lazy: async () => ({
                  Component: (await import('../features/surveys/pages/surveys-page.tsx')).SurveysPage,
                }),
              },
              {
                path: '/undersokelser/:surveyId',
                lazy: async () => ({
                  Component: (await import('../features/surveys/pages/survey-page.tsx')).SurveyPage,
                }),
              },
              {
                path: '/ressurser',
                lazy: async () => ({
                  Component: (await import('../features/resources/pages/resources-page.tsx')).ResourcesPage,
                }),
              },
              {
                path: '/ressurser/ny',
                lazy: async () => ({
                  Component: (await import('../features/resources/pages/resource-form-page.tsx')).ResourceFormPage,
                }),
              },
              {
                path: '/ressurser/:resourceId',
                lazy: async () => ({
                  Component: (await import('../features/resources/pages/resource-page.tsx')).ResourcePage,
                }),
              },
              {
                path: '/ressurser/:resourceId/endre',
                lazy: async () => ({
                  Component: (await import('../features/resources/pages/resource-form-page.tsx')).ResourceFormPage,
                }),
              },
              {
                path: '/undersokelser/:surveyId/resultater',
                lazy: async () => ({
                  Component: (await import('../features/surveys/results/results-page.tsx')).SurveyResultsPage,
                }),
              },
              {
                path: '/mine-nyutdannede',
                lazy: async () => ({
                  Component: (await import('../features/my-mentoring/pages/my-nqts-page.tsx')).MyNqtsPage,
                }),
              },
              {
                path: '/mine-nyutdannede/:pairId',
                lazy: async () => ({
                  Component: (await import('../features/my-mentoring/pages/nqt-history-page.tsx')).NqtHistoryPage,
                }),
              },
              {
                path: '/min-veiledning',
                lazy: async () => ({
                  Component: (await import('../features/my-mentoring/pages/my-mentoring-page.tsx')).MyMentoringPage,
                }),
              },
              {
                path: '/e-post',
                lazy: async () => ({ Component: (await import('../features/mail/pages/mail-page.tsx')).MailPage }),
              },
            ],
          },
          {
            path: '*',
            lazy: async () => ({
              Component: (await import('../features/errors/pages/not-found-page.tsx')).NotFoundPage,
            }),
          },
        ],
      },
    ],
  },
]);
