import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import { localDateOf, localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { committedText, dealText } from './deal-text';
import { StageControls } from './StageControls';
import { stageColor } from './stage-colors';

/** The same pipeline as a table: every partnership on one line, for scanning and comparing terms. */
export function PartnershipTable({ campaignId, currency, partnerships }: { campaignId: number; currency: string; partnerships: PartnershipSummary[] }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const today = localToday();
  return (
    <Table withTableBorder striped data-testid="partnership-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('campaigns.table.creator')}</Table.Th>
          <Table.Th>{t('campaigns.table.stage')}</Table.Th>
          <Table.Th>{t('campaigns.table.since')}</Table.Th>
          <Table.Th>{t('campaigns.table.deal')}</Table.Th>
          <Table.Th>{t('campaigns.table.committed')}</Table.Th>
          <Table.Th>{t('campaigns.table.deliverables')}</Table.Th>
          <Table.Th>{t('campaigns.table.lastContact')}</Table.Th>
          <Table.Th>{t('campaigns.table.move')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {partnerships.map((p) => (
          <Table.Tr key={p.id} data-partnership={p.creatorName}>
            <Table.Td>
              <Anchor component={Link} to={`/campaigns/${campaignId}/partnerships/${p.id}`}>
                {p.creatorName}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge color={stageColor[p.stage]}>{t(`campaigns.stages.${p.stage}`)}</Badge>
            </Table.Td>
            <Table.Td>{prefs.date(localDateOf(p.stageChangedAt))}</Table.Td>
            <Table.Td>{dealText(p.terms, currency, t, prefs) ?? '–'}</Table.Td>
            <Table.Td>{committedText(p.stage, p.terms, currency, prefs) ?? '–'}</Table.Td>
            <Table.Td>
              <Text size="sm" c={p.nextDueDate !== null && p.nextDueDate < today ? 'red' : undefined}>
                {p.deliverablesDone}/{p.deliverableCount}
                {p.nextDueDate && ` · ${prefs.date(p.nextDueDate)}`}
              </Text>
            </Table.Td>
            <Table.Td>{p.outreach.lastContactOn ? `${prefs.date(p.outreach.lastContactOn)}${p.outreach.replied ? ` · ${t('campaigns.table.replied')}` : ''}` : '–'}</Table.Td>
            <Table.Td>
              <StageControls partnership={p} currency={currency} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
