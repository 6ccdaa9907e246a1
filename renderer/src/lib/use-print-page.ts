import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../preferences/preferences';

/** US and Canadian users print on Letter, everyone else on A4. */
export function paperSize(locale: string): 'A4' | 'letter' {
  return /-(US|CA)$/.test(locale) ? 'letter' : 'A4';
}

/**
 * What every print route needs while it is shown: the light scheme (paper is white), the paper
 * size of the user's locale with page numbers in the page margin, and `data-print-ready` so a
 * printer (the Electron shell, a test) knows the page is complete. All undone on leaving.
 */
export function usePrintPage(): 'A4' | 'letter' {
  const { t } = useTranslation();
  const { locale } = usePreferences();
  const size = paperSize(locale);
  useEffect(() => {
    const root = document.documentElement;
    const before = root.getAttribute('data-mantine-color-scheme');
    root.setAttribute('data-mantine-color-scheme', 'light');
    const style = document.createElement('style');
    style.textContent = `@page { size: ${size}; margin: 16mm 14mm 18mm; @bottom-right { content: "${t('plans.print.page')} " counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }`;
    document.head.append(style);
    root.dataset['printReady'] = 'true';
    return () => {
      style.remove();
      delete root.dataset['printReady'];
      if (before) root.setAttribute('data-mantine-color-scheme', before);
    };
  }, [size, t]);
  return size;
}
