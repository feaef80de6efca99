import type { Me } from '../../shared/schemas/auth.ts';

/** A mentor's, an NQT's and a unit leader's own pages, read from their role grants (the server resolves the rest). */
export function ownMentoringPages(me: Me): { mentor: boolean; nqt: boolean; unitLeader: boolean } {
  return {
    mentor: me.grants.some((g) => g.role === 'mentor'),
    nqt: me.grants.some((g) => g.role === 'nqt'),
    unitLeader: me.grants.some((g) => g.role === 'unit_leader'),
  };
}

// Whose own page has been shown in this visit: the start page leads there only until then, so "Start"
// in the menu still opens the start page, and a second user signing in on the same tab is led too.
let shownTo: string | null = null;

/** Called by the mentor's and NQT's pages when they show. */
export function markOwnPageShown(userId: string) {
  shownTo = userId;
}

/** Where the start page should send this user now, if anywhere. */
export function leadToOwnPage(me: Me): string | null {
  return shownTo === me.user.id ? null : ownLandingPage(me);
}

/**
 * Where a unit leader, mentor or NQT who cannot open any owner's organisation pages should land: their own page,
 * not a start page full of things they cannot open. Admins and coordinators get null (no change).
 */
export function ownLandingPage(me: Me): string | null {
  if (me.owners.some((o) => o.abilities.viewOrganisation)) return null;
  const own = ownMentoringPages(me);
  if (own.unitLeader) return '/min-enhet';
  if (own.mentor) return '/mine-nyutdannede';
  if (own.nqt) return '/min-veiledning';
  return null;
}
