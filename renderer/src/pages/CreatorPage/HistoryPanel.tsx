import { Button, Card, Group, NumberInput, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@shared/api/contract';
import { engagementRateByFollowers } from '@shared/calc/engagement';
import type { AccountView } from '@shared/domain/creators';
import { useAddSnapshot } from '../../api/use-creators';
import { LineChart, type LineSeries } from '../../components/charts/LineChart';
import { usePreferences } from '../../preferences/preferences';
import { numberInputValue } from '../../lib/number-format';
import { localToday } from '../../lib/dates';

/** Followers and ER over the account's dated snapshots, and a form to add one. */
export function HistoryPanel({ account }: { account: AccountView }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const add = useAddSnapshot();
  const [asOf, setAsOf] = useState(localToday);
  const [followers, setFollowers] = useState<number | ''>('');
  const [likes, setLikes] = useState<number | ''>('');
  const [comments, setComments] = useState<number | ''>('');

  const { labels, series } = useMemo(() => {
    const er = account.snapshots.map((s) => {
      const rate = engagementRateByFollowers({ ...(s.avgLikes !== null ? { likes: s.avgLikes } : {}), ...(s.avgComments !== null ? { comments: s.avgComments } : {}) }, s.followers);
      return rate.computable ? rate.value : null;
    });
    const lines: LineSeries[] = [
      { label: t('creator.history.followers'), values: account.snapshots.map((s) => s.followers), color: '#12b886', axis: 'left', format: (v) => prefs.number(v, 0) },
      { label: t('creator.history.er'), values: er, color: '#fd7e14', axis: 'right', format: (v) => prefs.percent(v, 1) },
    ];
    return { labels: account.snapshots.map((s) => prefs.date(s.asOf)), series: lines };
  }, [account.snapshots, prefs, t]);

  const save = () => {
    if (followers === '') return;
    add.mutate(
      { accountId: account.id, asOf, followers, avgLikes: likes === '' ? null : likes, avgComments: comments === '' ? null : comments },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('creator.history.saved') });
          setFollowers('');
          setLikes('');
          setComments('');
        },
        onError: (error) => notifications.show({ color: 'red', message: error instanceof ApiError ? error.message : String(error) }),
      },
    );
  };

  return (
    <Card withBorder padding="md">
      <Title order={3} size="h5" mb="xs">
        {t('creator.history.title')} · {t(`platforms.${account.platform}`)} @{account.handle}
      </Title>
      {account.snapshots.length < 2 ? (
        <Text size="sm" c="dimmed">
          {t('creator.history.empty')}
        </Text>
      ) : (
        <LineChart labels={labels} series={series} ariaLabel={`${t('creator.history.title')}: @${account.handle}`} />
      )}
      <Table mt="sm" withTableBorder striped aria-label={t('creator.history.table', { handle: account.handle })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('creator.history.asOf')}</Table.Th>
            <Table.Th>{t('creator.history.followers')}</Table.Th>
            <Table.Th>{t('creator.history.likes')}</Table.Th>
            <Table.Th>{t('creator.history.comments')}</Table.Th>
            <Table.Th>{t('creator.history.source')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {account.snapshots.map((s, i) => (
            <Table.Tr key={`${s.asOf}-${i}`}>
              <Table.Td>{prefs.date(s.asOf)}</Table.Td>
              <Table.Td>{prefs.number(s.followers, 0)}</Table.Td>
              <Table.Td>{s.avgLikes === null ? '–' : prefs.number(s.avgLikes, 0)}</Table.Td>
              <Table.Td>{s.avgComments === null ? '–' : prefs.number(s.avgComments, 0)}</Table.Td>
              <Table.Td>{t(`creator.history.sources.${s.source}`, { defaultValue: s.source })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="sm" align="flex-end" gap="xs">
        <TextInput type="date" size="xs" label={t('creator.history.asOf')} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} />
        <NumberInput size="xs" w={120} min={0} allowDecimal={false} label={t('creator.history.followers')} value={followers} onChange={(v) => setFollowers(numberInputValue(v) ?? '')} />
        <NumberInput size="xs" w={110} min={0} label={t('creator.history.likes')} value={likes} onChange={(v) => setLikes(numberInputValue(v) ?? '')} />
        <NumberInput size="xs" w={110} min={0} label={t('creator.history.comments')} value={comments} onChange={(v) => setComments(numberInputValue(v) ?? '')} />
        <Button size="xs" onClick={save} disabled={followers === ''} loading={add.isPending}>
          {t('creator.history.save')}
        </Button>
      </Group>
    </Card>
  );
}
