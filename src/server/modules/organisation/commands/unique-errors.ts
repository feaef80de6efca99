import { AppError, violatedConstraint } from '../../../lib/errors.ts';

const BY_CONSTRAINT: Record<string, ConstructorParameters<typeof AppError>[0]> = {
  units_org_number_unique: 'ORG_NUMBER_TAKEN',
  owners_org_number_unique: 'ORG_NUMBER_TAKEN',
  people_owner_employee_number: 'EMPLOYEE_NUMBER_TAKEN',
  people_owner_email: 'EMAIL_TAKEN',
  users_email_unique: 'EMAIL_TAKEN',
};

/** Runs a write; a unique-constraint violation becomes its catalog error (409) instead of a 500. */
export async function withUniqueErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const constraint = violatedConstraint(err);
    const code = constraint === null ? undefined : BY_CONSTRAINT[constraint];
    if (code) throw new AppError(code, { cause: err });
    throw err;
  }
}
