import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveUiLanguage } from '@shared/domain/settings';
import { App } from './App';
import { createApi } from './api/api-client';
import { httpTransport, takeBrowserToken } from './api/http-transport';
import { electronBridge, ipcTransport } from './api/ipc-transport';
import { createQueryClient } from './api/query-client';
import { createI18n } from './i18n/i18n';
import { listenBeforeTheRouter } from './lib/use-leave-guard';

// Inside Electron the preload provides the bridge; in browser mode we talk HTTP to the same backend.
const bridge = electronBridge();
const api = createApi(bridge ? ipcTransport(bridge) : httpTransport(takeBrowserToken()));

listenBeforeTheRouter();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App api={api} queryClient={createQueryClient()} i18n={createI18n(resolveUiLanguage(null, navigator.language))} />
  </StrictMode>,
);
