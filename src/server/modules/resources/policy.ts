import type { FastifyRequest } from 'fastify';
import type { Role } from '../../../shared/enums.ts';
import type { ResourceAudience } from '../../../shared/schemas/resources.ts';
import { AppError } from '../../lib/errors.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { canReachOwner, rolesAt } from '../auth/policy.ts';

// The resource team (programme coordinators) and the owner's administrators keep the bank.
const RESOURCE_MANAGERS: readonly Role[] = ['national_admin', 'owner_admin', 'programme_coordinator'];

/**
 * The audience each role reads as. Those who follow or support the programme without running it
 * (region coordinators, teacher educators, analysts) read what is meant for coordinators.
 */
export const ROLE_AUDIENCE: Record<Role, ResourceAudience> = {
  nqt: 'nqt',
  mentor: 'mentor',
  unit_leader: 'unit_leader',
  programme_coordinator: 'coordinator',
  region_coordinator: 'coordinator',
  teacher_educator: 'coordinator',
  owner_admin: 'coordinator',
  national_admin: 'coordinator',
  analyst: 'coordinator',
};

/** May create, change and delete the owner's resources (and sees every one of them). */
export function canManageResources(actor: Actor, ownerId: string): boolean {
  const held = rolesAt(actor, ownerId);
  return RESOURCE_MANAGERS.some((r) => held.has(r));
}

/**
 * The audiences whose resources the actor sees at this owner, or 'all' for those who keep the bank.
 * An NQT sees resources for NQTs only; a mentor who is also a unit leader sees both kinds.
 */
export function visibleAudiences(actor: Actor, ownerId: string): ResourceAudience[] | 'all' {
  if (canManageResources(actor, ownerId)) return 'all';
  return [...new Set([...rolesAt(actor, ownerId)].map((role) => ROLE_AUDIENCE[role]))].sort();
}

/** Whether a resource with this audience is shown to someone who sees `visible`. */
export function isVisibleTo(audience: readonly ResourceAudience[], visible: ResourceAudience[] | 'all'): boolean {
  return visible === 'all' || audience.some((a) => visible.includes(a));
}

/** 404 when the caller does not reach the owner at all; 403 for a write without the right. */
export function authorizeResources(
  request: FastifyRequest,
  ownerId: string,
  need: 'view' | 'manage',
): { actor: Actor; visible: ResourceAudience[] | 'all' } {
  const actor = requireActor(request);
  if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
  if (need === 'manage' && !canManageResources(actor, ownerId)) throw new AppError('FORBIDDEN');
  return { actor, visible: visibleAudiences(actor, ownerId) };
}
