import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * The in-app route a click on this link would open, or null when the link leaves the app or opens
 * elsewhere. HashRouter writes links as `#/plans`; the MemoryRouter of the tests as `/plans`.
 */
export function inAppTarget(anchor: HTMLAnchorElement): string | null {
  if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;
  const href = anchor.getAttribute('href') ?? '';
  if (href.startsWith('#/')) return href.slice(1);
  if (href.startsWith('/')) return href;
  return null;
}

/** The `popstate` handlers of the parts of the page with unsaved edits; the last added answers. */
const historyGuards: ((event: PopStateEvent) => void)[] = [];

/**
 * Listens for the browser's Back and Forward before React Router does: call once, before the app
 * renders. Listeners on the window run in the order they were added, and React Router's would
 * otherwise show the next page (unmounting the guarded one) before a guard added later heard of it.
 */
export function listenBeforeTheRouter(): void {
  window.addEventListener('popstate', (event) => historyGuards.at(-1)?.(event));
}

/** React Router's number for a history entry it made (null for others, and in the tests' memory router). */
function historyIndex(state: unknown): number | null {
  const idx = (state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : null;
}

export interface LeaveGuard {
  /** Navigates at once when nothing is unsaved, else asks first. For buttons that navigate in code. */
  navigate: (to: string) => void;
  /** The question; render it once in the guarded page. */
  prompt: ReactNode;
}

/**
 * Asks before unsaved edits are thrown away. HashRouter is not a data router, so React Router's
 * `useBlocker` is unavailable: while `dirty`, clicks on in-app links (the menu, "back" links) are
 * caught in the capture phase, before React Router's own handler sees them, and turned into a
 * question; reloading or closing the page gets the browser's `beforeunload` question (in Electron
 * the main process shows it, see electron/main/unload-prompt.ts). The browser's Back and Forward
 * buttons have already moved the history when the app hears of it: the `popstate` is caught before
 * React Router's listener (`listenBeforeTheRouter`), the history is moved back to this page by the
 * same number of steps (React Router numbers its entries, `state.idx`), and the question is asked;
 * leaving takes those steps again.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const { t } = useTranslation();
  const routerNavigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;
  /** Where the user asked to go: a route, or a number of steps through the browser's history. */
  const [pending, setPending] = useState<string | { steps: number } | null>(null);
  /** Set while the history is moved by the guard itself: back to this page, or on after "Discard". */
  const moving = useRef<'back' | 'on' | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      // Modified and middle clicks open another tab or window (refused in Electron): nothing is lost here.
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      const to = inAppTarget(anchor);
      if (to === null || to === here) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(to);
    };
    const stayAt = historyIndex(window.history.state);
    const onPopState = (event: PopStateEvent) => {
      const at = historyIndex(event.state);
      if (moving.current === 'on') {
        moving.current = null;
        return;
      }
      // Entries React Router did not make, and a move to this very entry, are not ours to stop.
      if (stayAt === null || at === null || (at === stayAt && moving.current === null)) return;
      event.stopImmediatePropagation();
      if (moving.current === 'back') {
        if (at === stayAt) moving.current = null;
        return;
      }
      moving.current = 'back';
      window.history.go(stayAt - at);
      setPending({ steps: at - stayAt });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    historyGuards.push(onPopState);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      const at = historyGuards.indexOf(onPopState);
      if (at >= 0) historyGuards.splice(at, 1);
    };
  }, [dirty, here]);

  const leave = () => {
    const to = pending;
    setPending(null);
    if (typeof to === 'string') void routerNavigate(to);
    else if (to !== null) {
      moving.current = 'on';
      window.history.go(to.steps);
    }
  };

  const prompt = (
    <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('app.leave.title')} centered>
      <Text size="sm">{t('app.leave.body')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={() => setPending(null)} data-autofocus>
          {t('app.leave.stay')}
        </Button>
        <Button color="red" onClick={leave}>
          {t('app.leave.discard')}
        </Button>
      </Group>
    </Modal>
  );

  return {
    navigate: (to) => (dirty ? setPending(to) : void routerNavigate(to)),
    prompt,
  };
}
