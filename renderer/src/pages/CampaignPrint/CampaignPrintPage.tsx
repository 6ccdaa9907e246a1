import { Alert, Button, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Campaign } from '@shared/domain/campaigns';
import { useApi } from '../../api/api-context';
import { queryKeys } from '../../api/query-keys';
import { useCampaign } from '../../api/use-campaigns';
import { QueryState } from '../../components/QueryState';
import { localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { BriefView } from '../Campaigns/BriefView';
import { PrintFrame } from '../PlanPrint/PrintFrame';
import { ClientSignOff } from './ClientSignOff';
import { ReportPartnershipRow } from './ReportPartnershipRow';
import { CampaignResultsView, useCampaignResults, usePlanForecast } from '../Campaigns/CampaignResults';
import { useBenchmarks } from '../../api/use-benchmarks';
import { apiErrorText } from '../../lib/api-error-text';

/** The campaign report a client can be handed: budget, brief, every partnership's terms and deliverables. */
export function CampaignPrintPage() {
  const { id } = useParams();
  // Read again when opened: a report is what is stored now, not what this window saw last.
  const campaign = useCampaign(Number(id), { fresh: true });
  return (
    <QueryState query={campaign} fresh>
      {(c) => <Report campaign={c} />}
    </QueryState>
  );
}

/** A section's heading stays on the page of what follows it. */
const keepWithNext = { breakAfter: 'avoid' } as const;

function Report({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const api = useApi();
  const details = useQueries({
    queries: c.partnerships.map((p) => ({ queryKey: queryKeys.partnership(p.id), queryFn: () => api.partnerships.get({ id: p.id }), refetchOnMount: 'always' as const })),
  });
  // The results' KPIs are judged against the benchmarks: the page is complete only with them.
  const benchmarks = useBenchmarks();
  const planForecast = usePlanForecast(c.planId);
  const results = useCampaignResults(c.budgetInput.currency, c.partnerships);
  if (details.some((d) => d.isPending || d.isFetching) || benchmarks.isPending || planForecast.pending) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  }
  // A report missing a creator must not be printed as if complete: no print-ready mark, a retry.
  const failed = details.filter((d) => d.isError);
  if (failed.length > 0) {
    return (
      <Alert color="red" role="alert" m="md">
        <Stack gap="xs" align="flex-start">
          <Text>{t('app.loadFailed', { message: apiErrorText(t, failed[0]!.error) })}</Text>
          <Button variant="light" color="red" onClick={() => failed.forEach((d) => void d.refetch())}>
            {t('app.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  const partnerships = details.flatMap((d) => (d.data ? [d.data] : []));
  const currency = c.budgetInput.currency;
  const money = (amount: number) => prefs.money(amount, currency);
  const today = localToday();
  return (
    <PrintFrame
      date={today}
      title={c.name}
      documentTitle={t('campaigns.report.documentTitle', { name: c.name })}
      subtitle={
        <Text size="sm">
          {t('campaigns.report.subtitle', { client: c.clientName, goal: t(`campaigns.goals.${c.goal}`), status: t(`campaigns.statuses.${c.status}`) })}
          {c.pilot && ` · ${t('campaigns.form.pilot')}`} · {c.endDate ? `${prefs.date(c.startDate)} – ${prefs.date(c.endDate)}` : t('campaigns.fromDate', { date: prefs.date(c.startDate) })} · {c.platforms.map((p) => t(`platforms.${p}`)).join(', ')}
        </Text>
      }
    >
      <Stack mt="md" gap="lg">
        <section aria-label={t('campaigns.budget.title')}>
          <Title order={2} size="h4" mb="xs" style={keepWithNext}>
            {t('campaigns.budget.title')}
          </Title>
          {c.budget.ok ? (
            <Table withTableBorder data-testid="report-budget">
              <Table.Tbody>
                {(['planned', 'committed', 'spent', 'remaining'] as const).map((key) => (
                  <Table.Tr key={key}>
                    <Table.Td>{t(`campaigns.budget.${key}`)}</Table.Td>
                    <Table.Td ta="right">{c.budget.ok && money(c.budget[key].amount)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : (
            <Text>{t(`campaigns.budget.${c.budget.reason}`)}</Text>
          )}
          {c.budget.ok && c.budget.overCommitted && (
            <Text size="sm" fw={600} c="orange.9" mt={4} data-testid="report-over-committed">
              {t('campaigns.budget.overCommitted', { amount: money(-c.budget.remaining.amount) })}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {t('campaigns.budget.explain')}
          </Text>
        </section>
        {results && results.reporting > 0 && (
          <section aria-label={t('campaigns.results.title')}>
            <Title order={2} size="h4" mb="xs" style={keepWithNext}>
              {t('campaigns.results.title')}
            </Title>
            <CampaignResultsView results={results} currency={currency} forecast={planForecast.forecast} budget={c.budgetInput} />
          </section>
        )}
        <section aria-label={t('campaigns.report.partnerships')}>
          <Title order={2} size="h4" mb="xs" style={keepWithNext}>
            {t('campaigns.report.partnerships')}
          </Title>
          {partnerships.length === 0 ? (
            <Text c="dimmed">{t('campaigns.noCreators')}</Text>
          ) : (
            <Table withTableBorder data-testid="report-partnerships">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaigns.table.creator')}</Table.Th>
                  <Table.Th>{t('campaigns.table.stage')}</Table.Th>
                  <Table.Th>{t('campaigns.report.terms')}</Table.Th>
                  <Table.Th>{t('partnership.deliverables.title')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {partnerships.map((p) => (
                  <ReportPartnershipRow key={p.id} partnership={p} today={today} />
                ))}
              </Table.Tbody>
              {c.budget.ok && (
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={2}>{t('campaigns.budget.committed')}</Table.Th>
                    <Table.Th colSpan={2} data-testid="report-committed-total">
                      {money(c.budget.committed.amount)}
                    </Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              )}
            </Table>
          )}
        </section>
        {Object.values(c.brief).some((text) => text.trim()) && (
          <section aria-label={t('campaigns.brief.title')}>
            <Title order={2} size="h4" mb="xs" style={keepWithNext}>
              {t('campaigns.brief.title')}
            </Title>
            <BriefView brief={c.brief} />
          </section>
        )}
        <ClientSignOff client={c.clientName} />
      </Stack>
    </PrintFrame>
  );
}
