import { useEffect, useRef, type RefObject } from 'react';
import { rememberedScroll, rememberScroll } from './roster-url';

/**
 * Keeps how far each view of the roster was scrolled and, when the roster opens on a view the
 * user scrolled before (Back from a creator), scrolls there again, loading the pages up to that
 * point first (usually still cached). Another view chosen on the page starts at its top.
 */
export function useRememberedScroll(
  scrollRef: RefObject<HTMLDivElement | null>,
  view: string,
  { rows, rowHeight, hasMore, loadMore }: { rows: number; rowHeight: number; hasMore: boolean; loadMore: () => void },
): void {
  const restoreTo = useRef<number | null>(null);
  const shownView = useRef<string | null>(null);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => rememberScroll(view, element.scrollTop);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef, view]);

  useEffect(() => {
    if (shownView.current === null) {
      const top = rememberedScroll(view);
      restoreTo.current = top > 0 ? top : null;
    } else if (shownView.current !== view) {
      // New filters: the rows at the old position are other rows now.
      restoreTo.current = null;
      if (scrollRef.current) scrollRef.current.scrollTop = 0;
    }
    shownView.current = view;
  }, [scrollRef, view]);

  useEffect(() => {
    const target = restoreTo.current;
    const element = scrollRef.current;
    if (target === null || !element || rows === 0) return;
    if (rows * rowHeight >= target + element.clientHeight || !hasMore) {
      element.scrollTop = target;
      restoreTo.current = null;
    } else {
      loadMore();
    }
  }, [scrollRef, rows, rowHeight, hasMore, loadMore]);
}
