import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Api } from '@shared/api';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { createApi, type Transport } from '../../renderer/src/api/api-client';
import { createQueryClient } from '../../renderer/src/api/query-client';
import { createI18n } from '../../renderer/src/i18n/i18n';
import { PreferencesProvider } from '../../renderer/src/preferences/preferences';
import { AppMantineProvider } from '../../renderer/src/theme';

/** Renders a component with every provider the app has, over the given transport; `route` is where the router starts. */
export function renderWithApp(ui: ReactNode, transport: Transport, { systemLocale = 'en-GB', route = '/' } = {}) {
  const api: Api = createApi(transport);
  const i18n = createI18n(systemLocale.startsWith('nl') ? 'nl' : 'en');
  return render(
    <I18nextProvider i18n={i18n}>
      <AppMantineProvider>
        <ApiProvider api={api}>
          <QueryClientProvider client={createQueryClient()}>
            <PreferencesProvider systemLocale={systemLocale}>
              <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
            </PreferencesProvider>
          </QueryClientProvider>
        </ApiProvider>
      </AppMantineProvider>
    </I18nextProvider>,
  );
}
