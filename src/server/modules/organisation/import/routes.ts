import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { translate } from '../../../../shared/i18n/index.ts';
import { IdSchema } from '../../../../shared/schemas/common.ts';
import { ImportKindSchema, ImportResultSchema } from '../../../../shared/schemas/organisation.ts';
import { AppError } from '../../../lib/errors.ts';
import { type ModuleDeps, typed } from '../../../lib/module.ts';
import { authorizeOwner } from '../routes.ts';
import { importFile } from './import-file.ts';
import { templateFileName, templateRows, toCsv, toXlsx } from './templates.ts';
import { spoolUpload } from './upload.ts';

const ImportParams = z.strictObject({ ownerId: IdSchema, kind: ImportKindSchema });

/** Import of units and people from CSV and XLSX, and the templates for it. Formats: docs/IMPORT.md. */
export async function importRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const app = typed(fastify);
  const { db } = deps;
  const tags = ['organisation'];

  app.post(
    '/api/owners/:ownerId/imports/:kind',
    {
      schema: {
        tags,
        summary: 'Import units or people from a CSV or XLSX file (multipart field "file"); all rows or none',
        consumes: ['multipart/form-data'],
        params: ImportParams,
        response: { 200: ImportResultSchema },
      },
    },
    async (request) => {
      const { ownerId, kind } = request.params;
      const actor = authorizeOwner(request, ownerId, 'manage');
      if (!request.isMultipart()) throw new AppError('IMPORT_FILE_MISSING');
      const part = await request.file();
      if (!part) throw new AppError('IMPORT_FILE_MISSING');
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new AppError('IMPORT_FILE_MISSING');
      }
      const file = await spoolUpload(part.file);
      try {
        return await importFile({ db, actor, ownerId, kind, file, locale: request.locale });
      } finally {
        await file.dispose();
      }
    },
  );

  app.get(
    '/api/owners/:ownerId/imports/:kind/template.csv',
    { schema: { tags, summary: 'The import template as CSV (semicolons, UTF-8 with BOM)', params: ImportParams } },
    async (request, reply) => {
      const { ownerId, kind } = request.params;
      authorizeOwner(request, ownerId, 'view');
      const rows = await templateRows(db, ownerId, kind);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${templateFileName(kind, request.locale, 'csv')}"`)
        .send(toCsv(rows));
    },
  );

  app.get(
    '/api/owners/:ownerId/imports/:kind/template.xlsx',
    { schema: { tags, summary: 'The import template as an Excel workbook', params: ImportParams } },
    async (request, reply) => {
      const { ownerId, kind } = request.params;
      authorizeOwner(request, ownerId, 'view');
      const rows = await templateRows(db, ownerId, kind);
      const sheet = translate(request.locale, kind === 'units' ? 'import.sheet.units' : 'import.sheet.people');
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${templateFileName(kind, request.locale, 'xlsx')}"`)
        .send(await toXlsx(rows, sheet));
    },
  );
}
