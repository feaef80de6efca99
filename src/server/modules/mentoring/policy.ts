import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/enums.ts';
import { AppError } from '../../lib/errors.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { canReachOwner, rolesAt } from '../auth/policy.ts';

// The resource team (programme coordinators) and the owner's administrators run the programme;
// analysts and region coordinators follow it. Mentors, NQTs and unit leaders get their own, narrower
// views with the session pages (issue 3, items 5 and 9), not these.
const PROGRAMME_MANAGERS: readonly Role[] = ['national_admin', 'owner_admin', 'programme_coordinator'];
const PROGRAMME_VIEWERS: readonly Role[] = [...PROGRAMME_MANAGERS, 'analyst', 'region_coordinator'];

const hasAny = (actor: Actor, ownerId: string, roles: readonly Role[]) => {
  const held = rolesAt(actor, ownerId);
  return roles.some((r) => held.has(r));
};

/** May see the owner's programmes, their settings, reach and mentor profiles. */
export function canViewProgrammes(actor: Actor, ownerId: string): boolean {
  return hasAny(actor, ownerId, PROGRAMME_VIEWERS);
}

/** May create programmes, change settings, enrol NQTs and keep mentor profiles. */
export function canManageProgrammes(actor: Actor, ownerId: string): boolean {
  return hasAny(actor, ownerId, PROGRAMME_MANAGERS);
}

/** 404 when the caller does not reach the owner at all (another tenant's ids reveal nothing), 403 without the right. */
export function authorizeProgrammes(request: FastifyRequest, ownerId: string, need: 'view' | 'manage'): Actor {
  const actor = requireActor(request);
  if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
  const allowed = need === 'view' ? canViewProgrammes(actor, ownerId) : canManageProgrammes(actor, ownerId);
  if (!allowed) throw new AppError('FORBIDDEN');
  return actor;
}

/** The two people of a mentor pair. */
export interface PairParties {
  mentorPersonId: string;
  nqtPersonId: string;
}

/** The caller's part in a pair: its mentor, its NQT, or nothing (then the pair is not found for them). */
export function pairRoleOf(actor: Actor, pair: PairParties): 'mentor' | 'nqt' | null {
  if (!actor.personId) return null;
  if (actor.personId === pair.mentorPersonId) return 'mentor';
  if (actor.personId === pair.nqtPersonId) return 'nqt';
  return null;
}

/**
 * A private note is read by the pair's mentor and NQT only: no role (coordinator, unit leader, owner
 * or national admin, analyst) reads it, whatever it reaches.
 */
export function canReadNote(actor: Actor, pair: PairParties): boolean {
  return pairRoleOf(actor, pair) !== null;
}

/** The mentor writes the notes (and logs the sessions); the NQT reads them and confirms. */
export function canWriteNote(actor: Actor, pair: PairParties): boolean {
  return pairRoleOf(actor, pair) === 'mentor';
}
