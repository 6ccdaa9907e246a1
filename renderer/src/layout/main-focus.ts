import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** The main region's id, for the skip link. */
export const mainId = 'main-content';

/**
 * Moves focus into the page: to its first heading when it has one yet (the header's h1 is the app's
 * name, so a page's own title is its first heading inside main), else to the main region itself.
 * Neither is a control, so each gets tabIndex -1 to take focus without joining the Tab order.
 */
export function focusMain(): void {
  const main = document.getElementById(mainId);
  if (!main) return;
  const target = main.querySelector<HTMLElement>('h1, h2') ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/**
 * After a move to another page (not a change of the query, such as the roster's filters), keyboard
 * and screen-reader users continue in the new page instead of at the top of the menu. The first
 * page shown is left alone: the browser starts there anyway.
 */
export function useFocusMainOnNavigation(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusMain();
  }, [pathname]);
}
