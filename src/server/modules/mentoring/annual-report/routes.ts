import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { osloDate } from '../../../../shared/rules/school-year.ts';
import { AnnualReportSchema } from '../../../../shared/schemas/annual-report.ts';
import { IdSchema } from '../../../../shared/schemas/common.ts';
import { AppError } from '../../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../../lib/module.ts';
import { authorizeProgrammes } from '../policy.ts';
import { getProgrammeRow } from '../queries.ts';
import { reportDocument, reportFilename } from './present.ts';
import { getAnnualReport } from './queries.ts';
import { renderAnnualReportCsv } from './render-csv.ts';
import { renderAnnualReportPdf } from './render-pdf.ts';
import { renderAnnualReportXlsx } from './render-xlsx.ts';

const ProgrammeParams = z.strictObject({ ownerId: IdSchema, programmeId: IdSchema });

const FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', render: renderAnnualReportCsv },
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    render: renderAnnualReportXlsx,
  },
  pdf: { type: 'application/pdf', render: renderAnnualReportPdf },
} as const;

/**
 * The programme's annual report (issue 3, item 10) as JSON and as CSV, XLSX and PDF downloads in the
 * caller's language. For those who may view the programme (coordinators, owner and national admins,
 * analysts, region coordinators): figures only, no names and no note text.
 */
export async function annualReportRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['mentoring'];
  const base = '/api/owners/:ownerId/programmes/:programmeId/annual-report';

  async function load(request: FastifyRequest, { ownerId, programmeId }: z.infer<typeof ProgrammeParams>) {
    authorizeProgrammes(request, ownerId, 'view');
    const programme = await getProgrammeRow(db, ownerId, programmeId);
    if (!programme) throw new AppError('NOT_FOUND');
    return getAnnualReport(db, ownerId, programme, osloDate(new Date()));
  }

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'The annual report’s figures',
        params: ProgrammeParams,
        response: { 200: AnnualReportSchema },
      },
    },
    async (request) => load(request, request.params),
  );

  for (const format of ['csv', 'xlsx', 'pdf'] as const) {
    app.get(
      `${base}.${format}`,
      { schema: { tags, summary: `The annual report as ${format.toUpperCase()}`, params: ProgrammeParams } },
      async (request, reply) => {
        const report = await load(request, request.params);
        const { type, render } = FORMATS[format];
        const body = await render(reportDocument(report, request.locale));
        return reply
          .header('content-type', type)
          .header('content-disposition', `attachment; filename="${reportFilename(report, request.locale, format)}"`)
          .header('cache-control', 'no-store')
          .send(body);
      },
    );
  }
}
