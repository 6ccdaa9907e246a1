import { Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import { commentToLikeRatio, engagementRateByViews, interactionRate, saveToLikeRatio } from '@shared/calc/engagement';
import { tierOf } from '@shared/calc/tiers';
import { accountMetrics, averagePost } from '@shared/creators/account-metrics';
import type { AccountView, CreatorDetail } from '@shared/domain/creators';
import { usePreferences } from '../../preferences/preferences';
import { formatCodeParams } from './coded-params';
import { FeeEstimates } from './FeeEstimates';

const verdictColor: Record<string, string> = { above: 'teal', within: 'blue', below: 'orange' };

/** One platform account with everything the core knows about it, each figure with its formula or benchmark. */
export function AccountCard({ account, creator, dataSet }: { account: AccountView; creator: CreatorDetail; dataSet: BenchmarkDataSet }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const figures = { ...account };
  const metrics = accountMetrics(dataSet, figures, {
    snapshots: account.snapshots.map((s) => ({ date: s.asOf, followers: s.followers })),
    audienceAuthenticityScore: creator.audience?.authenticityScore ?? null,
    erReported: account.erReported,
  });
  const tier = tierOf(dataSet, account.platform, account.followers);
  const post = averagePost(figures);
  const reason = (r: string) => t(`creator.reasons.${r}`, { defaultValue: t('creator.reasons.other') });
  const source = (key: string) => t(`benchmarks.sources.${key}`, { defaultValue: dataSet.sources[key] ?? key });
  const newest = account.snapshots.at(-1);
  const ratios = [interactionRate(post, account.followers), engagementRateByViews(post), saveToLikeRatio(post), commentToLikeRatio(post)].filter((r) => r.computable);

  return (
    <Card withBorder padding="md" data-testid={`account-${account.platform}`}>
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t(`platforms.${account.platform}`)} · @{account.handle}
        </Title>
        <Badge variant="light">{t(`creators.tierNames.${metrics.tier}`)}</Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('creator.account.followers')}
          </Text>
          <Text fw={600}>{prefs.number(account.followers, 0)}</Text>
          {tier.computable && tier.tier !== 'unclassified' && (
            <Text size="xs" c="dimmed">
              {tier.maxExclusive === null
                ? t('creator.account.tierRangeOpen', { min: prefs.number(tier.min, 0) })
                : t('creator.account.tierRange', { min: prefs.number(tier.min, 0), max: prefs.number(tier.maxExclusive - 1, 0) })}
            </Text>
          )}
          {account.postsPerWeek !== null && <Text size="xs">{t('creator.account.postsPerWeek', { count: account.postsPerWeek })}</Text>}
          {newest && (
            // How fresh the figures are: the newest snapshot is the account's current figure.
            <Text size="xs" c="dimmed" data-testid="account-figures-of">
              {t('creator.account.figuresOf', {
                date: prefs.date(newest.asOf),
                source: t(`creator.history.sources.${newest.source}`, { defaultValue: newest.source }),
              })}
            </Text>
          )}
        </Stack>
        <Stack gap={2} data-testid="account-er">
          <Text size="xs" c="dimmed">
            {t('creator.account.er')}
          </Text>
          {metrics.er.computable ? (
            <Group gap="xs">
              <Text fw={600}>{prefs.percent(metrics.er.value, 2)}</Text>
              {metrics.comparison.computable && (
                <Badge color={verdictColor[metrics.comparison.verdict]} variant="light">
                  {t(`creators.verdicts.${metrics.comparison.verdict}`)}
                </Badge>
              )}
            </Group>
          ) : (
            <Text size="sm">{t('creator.account.notComputable', { reason: reason(metrics.er.reason) })}</Text>
          )}
          <Text size="xs" c="dimmed" data-testid="account-er-formula">
            {metrics.erReported
              ? t('creator.account.reportedEr', { source: account.sourceFile ?? '–' })
              : t('creator.account.formula', { formula: t(`creator.formulas.${metrics.er.formula}`) })}
          </Text>
          <Text size="xs" c="dimmed" data-testid="account-benchmark">
            {metrics.comparison.computable
              ? t('creator.account.benchmark', {
                  benchmark: prefs.percent(metrics.comparison.benchmark, 2),
                  segment: t(`creator.segments.${metrics.comparison.segment}`),
                  tolerance: prefs.percent(metrics.comparison.tolerance, 0),
                  source: source(metrics.comparison.source),
                  year: metrics.comparison.year,
                })
              : t('creator.account.noComparison', { reason: reason(metrics.comparison.reason) })}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('creator.account.ratios')}
          </Text>
          {ratios.length === 0 && <Text size="sm">–</Text>}
          {ratios.map((r) =>
            r.computable ? (
              <Text size="sm" key={r.formula} title={t(`creator.formulas.${r.formula}`)}>
                {t(`creator.ratioNames.${r.formula}`)}: {prefs.percent(r.value, 2)}
              </Text>
            ) : null,
          )}
        </Stack>
      </SimpleGrid>

      <Title order={4} size="h6" mt="md">
        {t('creator.account.flags')}
      </Title>
      {metrics.authenticity.flags.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('creator.account.noFlags')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('creator.account.flagNote')}
          </Text>
          <List size="sm" data-testid="account-flags">
            {metrics.authenticity.flags.map((flag) => (
              <List.Item key={flag.code}>{t(`creator.flags.${flag.code}`, formatCodeParams(flag.code, flag.params, prefs))}</List.Item>
            ))}
          </List>
        </>
      )}

      <FeeEstimates account={account} creator={creator} dataSet={dataSet} />
    </Card>
  );
}
