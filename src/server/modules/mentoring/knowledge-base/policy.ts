import type { Actor } from '../../auth/actor.ts';
import { canReachOwner } from '../../auth/policy.ts';
import { canManageProgrammes, canViewProgrammes } from '../policy.ts';

/** A person's part in a programme, found from the data (enrolment, pairs, mentor profile, unit leadership). */
export type ProgrammePart = 'nqt' | 'mentor' | 'unit_leader';

/**
 * Who reads the knowledge base: everyone in the programme (the issue: "shown to everyone in the
 * programme") — those who view programmes (coordinators, admins, analysts, region coordinators) and
 * its enrolled NQTs, their mentors and the leaders of its units. Anyone else gets 404 when they do not
 * reach the owner at all and 403 when they do, as the rest of the API answers.
 */
export function knowledgeBaseAccess(
  actor: Actor,
  ownerId: string,
  parts: readonly ProgrammePart[],
): 'read' | 'forbidden' | 'not_found' {
  if (canViewProgrammes(actor, ownerId) || parts.length > 0) return 'read';
  return canReachOwner(actor, ownerId) ? 'forbidden' : 'not_found';
}

/** Edits the knowledge base: whoever manages the programme. */
export function canEditKnowledgeBase(actor: Actor, ownerId: string): boolean {
  return canManageProgrammes(actor, ownerId);
}

/** Sees which sub-goals get time (minutes per sub-goal): the coordinator and those who follow the programme. */
export function canViewSubGoalTime(actor: Actor, ownerId: string): boolean {
  return canViewProgrammes(actor, ownerId);
}
