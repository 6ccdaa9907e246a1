import { createTheme, MantineProvider, type MantineThemeOverride } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const base = {
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
} satisfies MantineThemeOverride;

/** The theme without translated defaults (print pages and tests that need no dialogs). */
export const theme = createTheme(base);

/**
 * The theme with the defaults that need words: every dialog's close button is an icon only, so
 * screen readers would announce "button" without a name. Set on `ModalCloseButton` (not on
 * `Modal.closeButtonProps`) so a dialog passing its own close-button props keeps the name.
 */
export function appTheme(closeLabel: string) {
  return createTheme({ ...base, components: { ModalCloseButton: { defaultProps: { 'aria-label': closeLabel } } } });
}

/** MantineProvider with the translated theme; inside I18nextProvider, re-themed when the language changes. */
export function AppMantineProvider({ children, defaultColorScheme }: { children: ReactNode; defaultColorScheme?: 'auto' }) {
  const { t } = useTranslation();
  const closeLabel = t('app.close');
  const translated = useMemo(() => appTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider theme={translated} defaultColorScheme={defaultColorScheme}>
      {children}
    </MantineProvider>
  );
}
