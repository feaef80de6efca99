import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/errors.ts';
import { requireActor } from '../../lib/request-context.ts';
import type { Actor } from '../auth/actor.ts';
import { canAdministerInstallation, canViewRegion } from '../auth/policy.ts';

/**
 * Runs the region's programme (starts it, sets the shared settings, brings its members up to date): the
 * region's coordinators and national admins. Other grants on the region (if any are added later) only see it.
 * An owner's own coordinators keep running their owner's programme inside it; they do not run the region's.
 */
export function canRunRegionalProgramme(actor: Actor, regionId: string): boolean {
  return (
    canAdministerInstallation(actor) ||
    actor.grants.some((g) => g.scopeType === 'region' && g.scopeId === regionId && g.role === 'region_coordinator')
  );
}

/** 404 for a region the caller does not see (ids of other regions reveal nothing), 403 to see but not run it. */
export function authorizeRegion(request: FastifyRequest, regionId: string, need: 'view' | 'run'): Actor {
  const actor = requireActor(request);
  if (!canViewRegion(actor, regionId)) throw new AppError('NOT_FOUND');
  if (need === 'run' && !canRunRegionalProgramme(actor, regionId)) throw new AppError('FORBIDDEN');
  return actor;
}
