import type { z } from 'zod';
import type {
  Agreement,
  AgreementListSchema,
  AgreementTemplateSchema,
  MyAgreementListSchema,
  MyAgreementSchema,
  PartyStatus,
  TemplateTexts,
} from '../../../shared/schemas/agreements.ts';
import { api } from '../../lib/api.ts';

export type { Agreement, PartyStatus, TemplateTexts };
export type AgreementList = z.infer<typeof AgreementListSchema>;
export type AgreementTemplate = z.infer<typeof AgreementTemplateSchema>;
export type MyAgreement = z.infer<typeof MyAgreementSchema>;
export type MyAgreementList = z.infer<typeof MyAgreementListSchema>;

const programmeBase = (ownerId: string, programmeId: string) => `/api/owners/${ownerId}/programmes/${programmeId}`;

export const templatePath = (ownerId: string, programmeId: string) =>
  `${programmeBase(ownerId, programmeId)}/agreement-template`;
export const agreementsPath = (ownerId: string, programmeId: string) =>
  `${programmeBase(ownerId, programmeId)}/agreements`;
export const agreementPdfPath = (ownerId: string, programmeId: string, agreementId: string) =>
  `${agreementsPath(ownerId, programmeId)}/${agreementId}/pdf`;

export const myAgreementsPath = '/api/me/agreements';
export const myAgreementPdfPath = (agreementId: string) => `${myAgreementsPath}/${agreementId}/pdf`;

export const agreementRoutes = {
  programme: (programmeId: string) => `/veiledning/${programmeId}/avtaler`,
  mine: '/avtaler',
};

export const saveTemplate = (ownerId: string, programmeId: string, texts: TemplateTexts) =>
  api.put<AgreementTemplate>(templatePath(ownerId, programmeId), { texts });

export const createAgreements = (ownerId: string, programmeId: string) =>
  api.post<AgreementList>(agreementsPath(ownerId, programmeId), {});

export const acceptAgreement = (agreementId: string, version: number) =>
  api.post<MyAgreement>(`${myAgreementsPath}/${agreementId}/accept`, { version });
