/** The results API: JSON for the page; the same path with .csv or .xlsx downloads the exports. */
export const resultsPath = (ownerId: string, surveyId: string) => `/api/owners/${ownerId}/surveys/${surveyId}/results`;

export const surveyResultsRoute = (surveyId: string) => `/undersokelser/${surveyId}/resultater`;
