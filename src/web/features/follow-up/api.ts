import type { Compliance } from '../../../shared/schemas/mentoring.ts';
import type { MyUnits } from '../../../shared/schemas/my-unit.ts';

export type { Compliance, MyUnits };
export type UnitView = MyUnits['units'][number];
export type UnitProgramme = UnitView['programmes'][number];
export type Lapse = NonNullable<Compliance['nqts'][number]['lapse']>;

export const myUnitsPath = '/api/me/units';
export const compliancePath = (ownerId: string, programmeId: string) =>
  `/api/owners/${ownerId}/programmes/${programmeId}/compliance`;

export const followUpRoutes = {
  myUnits: '/min-enhet',
  programme: (programmeId: string) => `/veiledning/${programmeId}/oppfolging`,
};
