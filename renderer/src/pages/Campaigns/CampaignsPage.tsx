import { Anchor, Badge, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignStatuses, type CampaignStatus } from '@shared/domain/campaigns';
import { useCampaigns } from '../../api/use-campaigns';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { usePreferences } from '../../preferences/preferences';
import { campaignStatusColor } from './stage-colors';

export function CampaignsPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const [status, setStatus] = useState<CampaignStatus | 'all'>('all');
  const campaigns = useCampaigns(status === 'all' ? {} : { status });
  return (
    <Stack>
      <PageHeader title={t('campaigns.title')} intro={t('campaigns.intro')}>
        <Button variant="default" component={Link} to="/clients">
          {t('nav.clients')}
        </Button>
        <Button component={Link} to="/campaigns/new">
          {t('campaigns.new')}
        </Button>
      </PageHeader>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(v) => setStatus(v as CampaignStatus | 'all')}
        data={[{ value: 'all', label: t('campaigns.all') }, ...campaignStatuses.map((s) => ({ value: s, label: t(`campaigns.statuses.${s}`) }))]}
      />
      <QueryState query={campaigns}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{status === 'all' ? t('campaigns.empty') : t('campaigns.emptyStatus', { status: t(`campaigns.statuses.${status}`) })}</Text>
          ) : (
            <Table withTableBorder striped highlightOnHover data-testid="campaigns-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('campaigns.columns.name')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.client')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.status')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.dates')}</Table.Th>
                  <Table.Th>{t('campaigns.columns.creators')}</Table.Th>
                  <Table.Th>{t('campaigns.budget.planned')}</Table.Th>
                  <Table.Th>{t('campaigns.budget.committed')}</Table.Th>
                  <Table.Th>{t('campaigns.budget.spent')}</Table.Th>
                  <Table.Th>{t('campaigns.budget.remaining')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((c) => (
                  <Table.Tr key={c.id} data-campaign={c.name}>
                    <Table.Td>
                      <Anchor component={Link} to={`/campaigns/${c.id}`}>
                        {c.name}
                      </Anchor>{' '}
                      {c.pilot && (
                        <Badge size="xs" variant="outline">
                          {t('campaigns.pilot')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{c.clientName}</Table.Td>
                    <Table.Td>
                      <Badge color={campaignStatusColor[c.status]}>{t(`campaigns.statuses.${c.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      {c.endDate ? `${prefs.date(c.startDate)} – ${prefs.date(c.endDate)}` : t('campaigns.fromDate', { date: prefs.date(c.startDate) })}
                    </Table.Td>
                    <Table.Td>{c.partnershipCount}</Table.Td>
                    {c.budget.ok ? (
                      <>
                        <Table.Td>{prefs.money(c.budget.planned.amount, c.budget.planned.currency)}</Table.Td>
                        <Table.Td c={c.budget.overCommitted ? 'orange' : undefined}>{prefs.money(c.budget.committed.amount, c.budget.committed.currency)}</Table.Td>
                        <Table.Td>{prefs.money(c.budget.spent.amount, c.budget.spent.currency)}</Table.Td>
                        <Table.Td c={c.budget.remaining.amount < 0 ? 'red' : undefined}>{prefs.money(c.budget.remaining.amount, c.budget.remaining.currency)}</Table.Td>
                      </>
                    ) : (
                      <Table.Td colSpan={4}>{t(`campaigns.budget.${c.budget.reason}`)}</Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
