/**
 * Moves focus to the element with `id` once it is drawn, so a keyboard or screen reader user is not
 * dropped at the top of the page when the button they pressed goes away. The element may appear only
 * after a reload (a planned session gets its stored id when it is logged or moved): tries for a second.
 */
export function focusById(id: string, tries = 60) {
  requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (tries > 0) focusById(id, tries - 1);
  });
}

/** The id of a session card's heading (it takes focus after a form in the card closes). */
export const sessionHeadingId = (sessionId: string) => `session-${sessionId.replace(/\W/g, '-')}`;
