import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import type { Api } from '@shared/api';
import { ApiProvider } from './api/api-context';
import { AppLayout } from './layout/AppLayout';
import { AmbassadorPage } from './pages/Ambassadors/AmbassadorPage';
import { AmbassadorsPage } from './pages/Ambassadors/AmbassadorsPage';
import { EditCampaignPage, NewCampaignPage } from './pages/Campaigns/CampaignForm';
import { CampaignPrintPage } from './pages/CampaignPrint/CampaignPrintPage';
import { CampaignPage } from './pages/Campaigns/CampaignPage';
import { CampaignsPage } from './pages/Campaigns/CampaignsPage';
import { ClientsPage } from './pages/Clients/ClientsPage';
import { DuePage } from './pages/Due/DuePage';
import { PartnershipPage } from './pages/Partnership/PartnershipPage';
import { TemplatesPage } from './pages/Templates/TemplatesPage';
import { BenchmarksPage } from './pages/BenchmarksPage/BenchmarksPage';
import { EditCreatorPage, NewCreatorPage } from './pages/CreatorForm/CreatorForm';
import { CreatorPage } from './pages/CreatorPage/CreatorPage';
import { CreatorsPage } from './pages/CreatorsPage/CreatorsPage';
import { ImportPage } from './pages/ImportPage/ImportPage';
import { PlanComparePage } from './pages/PlanCompare/PlanComparePage';
import { PlanEditorPage } from './pages/PlanEditor/PlanEditorPage';
import { PlanPrintPage } from './pages/PlanPrint/PlanPrintPage';
import { PlansPage } from './pages/PlansPage/PlansPage';
import { WizardListPage } from './pages/Wizard/WizardListPage';
import { WizardPage } from './pages/Wizard/WizardPage';
import { WizardPrintPage } from './pages/Wizard/WizardPrintPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { SettingsPage } from './pages/SettingsPage/SettingsPage';
import { PreferencesProvider } from './preferences/preferences';
import { AppMantineProvider } from './theme';

export interface AppProps {
  api: Api;
  queryClient: QueryClient;
  i18n: i18n;
}

/** Hash routing: the Electron window loads a file:// page, where path routes cannot be reloaded. */
export function App({ api, queryClient, i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppMantineProvider defaultColorScheme="auto">
        <ApiProvider api={api}>
          <QueryClientProvider client={queryClient}>
            <PreferencesProvider>
              <HashRouter>
                {/* Inside every provider and the router: a notification's buttons (Undo) call the
                    backend and translate, and its links (to a creator in the bin) navigate. */}
                <Notifications position="top-right" />
                <Routes>
                  <Route path="plans/:id/print" element={<PlanPrintPage />} />
                  <Route path="wizard/:id/print" element={<WizardPrintPage />} />
                  <Route path="campaigns/:id/print" element={<CampaignPrintPage />} />
                  <Route element={<AppLayout />}>
                    <Route index element={<Navigate to="/creators" replace />} />
                    <Route path="due" element={<DuePage />} />
                    <Route path="campaigns" element={<CampaignsPage />} />
                    <Route path="campaigns/new" element={<NewCampaignPage />} />
                    <Route path="campaigns/:id" element={<CampaignPage />} />
                    <Route path="campaigns/:id/edit" element={<EditCampaignPage />} />
                    <Route path="campaigns/:campaignId/partnerships/:id" element={<PartnershipPage />} />
                    <Route path="clients" element={<ClientsPage />} />
                    <Route path="templates" element={<TemplatesPage />} />
                    <Route path="ambassadors" element={<AmbassadorsPage />} />
                    <Route path="ambassadors/:id" element={<AmbassadorPage />} />
                    <Route path="wizard" element={<WizardListPage />} />
                    <Route path="wizard/new" element={<WizardPage />} />
                    <Route path="wizard/:id" element={<WizardPage />} />
                    <Route path="plans" element={<PlansPage />} />
                    <Route path="plans/new" element={<PlanEditorPage />} />
                    <Route path="plans/compare" element={<PlanComparePage />} />
                    <Route path="plans/:id" element={<PlanEditorPage />} />
                    <Route path="creators" element={<CreatorsPage />} />
                    <Route path="creators/new" element={<NewCreatorPage />} />
                    <Route path="creators/import" element={<ImportPage />} />
                    <Route path="creators/:id" element={<CreatorPage />} />
                    <Route path="creators/:id/edit" element={<EditCreatorPage />} />
                    <Route path="benchmarks" element={<BenchmarksPage />} />
                    <Route path="settings" element={<SettingsPage />} />
                    <Route path="*" element={<NotFoundPage />} />
                  </Route>
                </Routes>
              </HashRouter>
            </PreferencesProvider>
          </QueryClientProvider>
        </ApiProvider>
      </AppMantineProvider>
    </I18nextProvider>
  );
}
