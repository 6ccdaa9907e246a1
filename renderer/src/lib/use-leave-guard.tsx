import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
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
 * the main process shows it, see electron/main/unload-prompt.ts). The browser's Back button is not
 * caught: with a hash history it has already moved by the time the app hears of it.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const { t } = useTranslation();
  const routerNavigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;
  const [pending, setPending] = useState<string | null>(null);

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
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, here]);

  const leave = () => {
    const to = pending;
    setPending(null);
    if (to !== null) void routerNavigate(to);
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
