/** The results API: JSON for the page; the same path with .csv or .xlsx downloads the exports. */
export const resultsPath = (ownerId: string, surveyId: string) => `/api/owners/${ownerId}/surveys/${surveyId}/results`;

export const surveyResultsRoute = (surveyId: string) => `/undersokelser/${surveyId}/resultater`;

/** The survey's own page (the survey module's), where the results link lives. */
export const surveyRoute = (surveyId: string) => `/undersokelser/${surveyId}`;
