import { Card, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '@shared/domain/creators';
import { LineChart, type LineSeries } from '../../components/charts/LineChart';
import { usePreferences } from '../../preferences/preferences';
import { calendarTicks, historyPoints, isoDayOf } from './history-points';
import { SnapshotForm } from './SnapshotForm';

/** Followers and ER over the account's dated snapshots, and a form to add one. */
export function HistoryPanel({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();

  const points = useMemo(() => historyPoints(account.snapshots), [account.snapshots]);
  const { x, series } = useMemo(() => {
    const lines: LineSeries[] = [
      { label: t('creator.history.followers'), values: points.followers, color: '#12b886', axis: 'left', format: (v) => prefs.number(v, 0), tickDecimals: 0 },
      { label: t('creator.history.er'), values: points.er, color: '#fd7e14', axis: 'right', format: (v) => prefs.percent(v, 1, true), tickDecimals: 3 },
    ];
    const x = { values: points.days, format: (days: number) => prefs.date(isoDayOf(days)), tickFormat: (days: number) => prefs.date(isoDayOf(days), 'medium'), ticks: calendarTicks };
    return { x, series: lines };
  }, [points, prefs, t]);

  return (
    <Card withBorder padding="md" data-testid={`history-${account.platform}`}>
      <Title order={3} size="h5" mb="xs">
        {t('creator.history.title')} · {t(`platforms.${account.platform}`)} @{account.handle}
      </Title>
      {points.days.length < 2 ? (
        <Text size="sm" c="dimmed">
          {t('creator.history.empty')}
        </Text>
      ) : (
        <>
          <LineChart x={x} series={series} ariaLabel={`${t('creator.history.title')}: @${account.handle}`} />
          {points.er.some((v) => v === null) && (
            <Text size="xs" c="dimmed">
              {t('creator.history.erGaps')}
            </Text>
          )}
        </>
      )}
      <Table mt="sm" withTableBorder striped aria-label={t('creator.history.table', { handle: account.handle })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('creator.history.asOf')}</Table.Th>
            <Table.Th ta="right">{t('creator.history.followers')}</Table.Th>
            <Table.Th ta="right">{t('creator.history.likes')}</Table.Th>
            <Table.Th ta="right">{t('creator.history.comments')}</Table.Th>
            <Table.Th ta="right">{t('creator.history.er')}</Table.Th>
            <Table.Th>{t('creator.history.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {account.snapshots.map((s, i) => (
            <Table.Tr key={`${s.asOf}-${i}`}>
              <Table.Td>{prefs.date(s.asOf)}</Table.Td>
              <Table.Td ta="right">{prefs.number(s.followers, 0)}</Table.Td>
              <Table.Td ta="right">{s.avgLikes === null ? '–' : prefs.number(s.avgLikes, 0)}</Table.Td>
              <Table.Td ta="right">{s.avgComments === null ? '–' : prefs.number(s.avgComments, 0)}</Table.Td>
              <Table.Td ta="right">
                {points.er[i] === null || points.er[i] === undefined ? t('creator.history.notMeasured') : prefs.percent(points.er[i], 1, true)}
                {points.erReported[i] && (
                  <Text span size="xs" c="dimmed" title={t('creator.history.erReportedHelp')}>
                    {' '}
                    {t('creator.history.erReported')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`creator.history.sources.${s.source}`, { defaultValue: s.source })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <SnapshotForm account={account} />
    </Card>
  );
}
