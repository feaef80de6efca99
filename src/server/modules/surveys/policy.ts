import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { canReachOwner } from '../auth/policy.ts';
import { canManageProgrammes, canViewProgrammes } from '../mentoring/policy.ts';

// Surveys are the resource team's tool: the programme managers build and send them, the programme
// viewers (analysts, region coordinators) follow them. Respondents never use these routes; they
// answer through their one-time link.

/** May build, send and remind. */
export function canManageSurveys(actor: Actor, ownerId: string): boolean {
  return canManageProgrammes(actor, ownerId);
}

/** May see the owner's surveys and their response counts. */
export function canViewSurveys(actor: Actor, ownerId: string): boolean {
  return canViewProgrammes(actor, ownerId);
}

/** 404 when the caller does not reach the owner, 403 without the right. */
export function authorizeSurveys(request: FastifyRequest, ownerId: string, need: 'view' | 'manage'): Actor {
  const actor = requireActor(request);
  if (!canReachOwner(actor, ownerId)) throw new AppError('NOT_FOUND');
  const allowed = need === 'view' ? canViewSurveys(actor, ownerId) : canManageSurveys(actor, ownerId);
  if (!allowed) throw new AppError('FORBIDDEN');
  return actor;
}
