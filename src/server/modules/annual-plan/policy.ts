import { PLAN_AUDIENCES, type PlanAudience } from '../../../shared/schemas/annual-plan.ts';
import type { Actor } from '../auth/actor.ts';
import { canReachOwner, rolesAt } from '../auth/policy.ts';
import { canManageProgrammes, canViewProgrammes } from '../mentoring/policy.ts';

/** What the caller is in a programme, found by a scoped read (see `participation` in queries.ts). */
export interface Participation {
  /** Enrolled as an NQT in the programme. */
  isNqt: boolean;
  /** Has a mentor profile or a pair as mentor in the programme. */
  isMentor: boolean;
}

/** How the caller sees a programme's plan: which audiences' items, and whether they keep the own events. */
export interface PlanAccess {
  audiences: PlanAudience[];
  canManage: boolean;
  /** A participant (not one of the programme's viewers): links to coordinator pages are left out. */
  asParticipant: boolean;
}

/**
 * The programme's viewers (coordinators, owner admins, analysts …) see every item; its managers keep the
 * own events. Others see the items for what they are in the programme: an enrolled NQT the NQTs' items, a
 * mentor the mentors', a unit leader at the owner the unit leaders'. Null: the caller has no part in it.
 */
export function planAccess(actor: Actor, ownerId: string, part: Participation): PlanAccess | null {
  if (!canReachOwner(actor, ownerId)) return null;
  if (canViewProgrammes(actor, ownerId))
    return { audiences: [...PLAN_AUDIENCES], canManage: canManageProgrammes(actor, ownerId), asParticipant: false };
  const audiences: PlanAudience[] = [];
  if (part.isNqt) audiences.push('nqt');
  if (part.isMentor) audiences.push('mentor');
  if (rolesAt(actor, ownerId).has('unit_leader')) audiences.push('unit_leader');
  return audiences.length > 0 ? { audiences, canManage: false, asParticipant: true } : null;
}
