import { Alert, Button, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { agreedValue } from '@shared/campaigns/campaign-budget';
import type { Campaign, PartnershipDetail } from '@shared/domain/campaigns';
import { useApi } from '../../api/api-context';
import { queryKeys } from '../../api/query-keys';
import { useCampaign } from '../../api/use-campaigns';
import { QueryState } from '../../components/QueryState';
import { localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { BriefView } from '../Campaigns/BriefView';
import { PrintFrame } from '../PlanPrint/PrintFrame';

/** The campaign report a client can be handed: budget, brief, every partnership's terms and deliverables. */
export function CampaignPrintPage() {
  const { id } = useParams();
  const campaign = useCampaign(Number(id));
  return <QueryState query={campaign}>{(c) => <Report campaign={c} />}</QueryState>;
}

function Report({ campaign: c }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const api = useApi();
  const details = useQueries({
    queries: c.partnerships.map((p) => ({ queryKey: queryKeys.partnership(p.id), queryFn: () => api.partnerships.get({ id: p.id }) })),
  });
  if (details.some((d) => d.isPending || d.isFetching)) {
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
          <Text>{t('app.loadFailed', { message: failed[0]!.error!.message })}</Text>
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
  return (
    <PrintFrame
      date={localToday()}
      title={c.name}
      subtitle={
        <Text size="sm">
          {t('campaigns.report.subtitle', { client: c.clientName, goal: t(`campaigns.goals.${c.goal}`), status: t(`campaigns.statuses.${c.status}`) })} · {c.endDate ? `${prefs.date(c.startDate)} – ${prefs.date(c.endDate)}` : t('campaigns.fromDate', { date: prefs.date(c.startDate) })} · {c.platforms.map((p) => t(`platforms.${p}`)).join(', ')}
        </Text>
      }
    >
      <Stack mt="md" gap="lg">
        <section aria-label={t('campaigns.budget.title')}>
          <Title order={2} size="h4" mb="xs">
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
          <Text size="xs" c="dimmed" mt={4}>
            {t('campaigns.budget.explain')}
          </Text>
        </section>
        <section aria-label={t('campaigns.report.partnerships')}>
          <Title order={2} size="h4" mb="xs">
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
                  <PartnershipRow key={p.id} partnership={p} money={money} />
                ))}
              </Table.Tbody>
            </Table>
          )}
        </section>
        {Object.values(c.brief).some((text) => text.trim()) && (
          <section aria-label={t('campaigns.brief.title')}>
            <Title order={2} size="h4" mb="xs">
              {t('campaigns.brief.title')}
            </Title>
            <BriefView brief={c.brief} />
          </section>
        )}
      </Stack>
    </PrintFrame>
  );
}

function PartnershipRow({ partnership: p, money }: { partnership: PartnershipDetail; money: (amount: number) => string }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const currency = p.campaignCurrency;
  const value = agreedValue(p.terms, currency);
  const commission = p.terms.commission.type === 'percent' ? t('campaigns.report.commissionPercent', { percent: prefs.number(p.terms.commission.percent, 2) }) : p.terms.commission.type === 'fixed' ? t('campaigns.report.commissionFixed', { amount: money(p.terms.commission.amount) }) : null;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {p.creatorName}
        </Text>
        <Text size="xs" c="dimmed">
          {p.handles.map((h) => `${t(`platforms.${h.platform}`)} @${h.handle}`).join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>{t(`campaigns.stages.${p.stage}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{value && value.amount > 0 ? money(value.amount) : '–'}</Text>
        {p.terms.products.length > 0 && (
          <Text size="xs" c="dimmed">
            {p.terms.products.map((x) => `${x.quantity} × ${x.name}`).join(', ')}
          </Text>
        )}
        {commission && (
          <Text size="xs" c="dimmed">
            {commission}
            {p.terms.promoCode ? ` · ${p.terms.promoCode}` : ''}
          </Text>
        )}
        {p.terms.paid !== null && <Text size="xs">{t('campaigns.report.paid', { amount: money(p.terms.paid) })}</Text>}
        {/* Spent is cash paid plus commission earned: both per creator, so the rows add up to the total. */}
        {p.terms.commissionEarned !== null && p.terms.commissionEarned > 0 && <Text size="xs">{t('campaigns.report.commissionEarned', { amount: money(p.terms.commissionEarned) })}</Text>}
      </Table.Td>
      <Table.Td>
        {p.deliverables.length === 0
          ? '–'
          : p.deliverables.map((d) => (
              <Text key={d.id} size="xs">
                {t(`creator.deliverables.${d.type}`)} · {t(`platforms.${d.platform}`)} · {prefs.date(d.dueDate)} · {t(`partnership.deliverables.statuses.${d.status}`)}
                {d.publishedUrl ? ` · ${d.publishedUrl}` : ''}
              </Text>
            ))}
      </Table.Td>
    </Table.Tr>
  );
}
