import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { CreatorDetail } from '@shared/domain/creators';
import { useBenchmarks } from '../../api/use-benchmarks';
import { useCreator, useRestoreCreators } from '../../api/use-creators';
import { apiErrorText } from '../../lib/api-error-text';
import { QueryState } from '../../components/QueryState';
import { AccountCard } from './AccountCard';
import { CreatorFacts } from './CreatorFacts';
import { CreatorWork } from './CreatorWork';
import { HistoryPanel } from './HistoryPanel';
import { VettingChecklist } from './VettingChecklist';

export function CreatorPage() {
  const { id } = useParams();
  const creator = useCreator(Number(id));
  const benchmarks = useBenchmarks();
  return (
    <QueryState query={benchmarks}>
      {(dataSet) => <QueryState query={creator}>{(detail) => <CreatorView creator={detail} dataSet={dataSet} />}</QueryState>}
    </QueryState>
  );
}

/** Figures on this page are computed in the window by the same core the backend uses, from the effective benchmarks. */
function CreatorView({ creator, dataSet }: { creator: CreatorDetail; dataSet: BenchmarkDataSet }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Anchor component={Link} to="/creators" size="sm">
        ← {t('creator.back')}
      </Anchor>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2}>{creator.name}</Title>
          <Badge variant="light">{t(`creators.statuses.${creator.status}`)}</Badge>
          {creator.isDemo && (
            <Badge variant="outline" color="gray">
              {t('creators.demoBadge')}
            </Badge>
          )}
        </Group>
        <Button component={Link} to={`/creators/${creator.id}/edit`} variant="light">
          {t('creator.edit')}
        </Button>
      </Group>
      {creator.deleted && <InBinNotice creator={creator} />}
      <CreatorFacts creator={creator} />
      <CreatorWork creator={creator} />
      {creator.accounts.map((account) => (
        <AccountCard key={account.id} account={account} creator={creator} dataSet={dataSet} />
      ))}
      {creator.accounts.map((account) => (
        <HistoryPanel key={account.id} account={account} />
      ))}
      <VettingChecklist creator={creator} dataSet={dataSet} />
    </Stack>
  );
}

/** A creator in the bin: restore it here, or go to the bin (where it can also be deleted for good). */
function InBinNotice({ creator }: { creator: CreatorDetail }) {
  const { t } = useTranslation();
  const restore = useRestoreCreators();
  return (
    <Alert color="orange" data-testid="creator-in-bin">
      <Stack gap="xs">
        <Text size="sm">{t('creator.deletedNotice')}</Text>
        <Group gap="sm">
          <Button
            size="xs"
            loading={restore.isPending}
            onClick={() =>
              restore.mutate([creator.id], {
                onSuccess: () => notifications.show({ color: 'green', message: t('creator.restored', { name: creator.name }) }),
                onError: (error) => notifications.show({ color: 'red', message: apiErrorText(t, error) }),
              })
            }
          >
            {t('creator.restore')}
          </Button>
          <Anchor component={Link} to="/creators?bin=1" size="sm">
            {t('creator.openBin')}
          </Anchor>
        </Group>
      </Stack>
    </Alert>
  );
}
