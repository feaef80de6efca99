import type { AnnualReport } from '../../../shared/schemas/annual-report.ts';

export type { AnnualReport };

export const annualReportPath = (ownerId: string, programmeId: string) =>
  `/api/owners/${ownerId}/programmes/${programmeId}/annual-report`;

/** The download of one format: `…/annual-report.csv`, `.xlsx` or `.pdf` (in the language of the request). */
export const annualReportFilePath = (ownerId: string, programmeId: string, format: 'csv' | 'xlsx' | 'pdf') =>
  `${annualReportPath(ownerId, programmeId)}.${format}`;

export const annualReportRoute = (programmeId: string) => `/veiledning/${programmeId}/arsrapport`;
