import { Badge, Card, Checkbox, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { BenchmarkDataSet } from '@shared/benchmarks/benchmark-schema';
import type { PlatformRecommendation, PostingSchedule } from '@shared/calc/platform-recommendation';
import { usePreferences } from '../../preferences/preferences';
import { reasonText } from './reason-text';

function scheduleText(schedule: PostingSchedule, t: TFunction): string {
  const parts = [
    schedule.days ? t(`wizard.scheduleDays.${schedule.days}`) : null,
    schedule.window ? t('wizard.scheduleWindow', { from: schedule.window.fromHour, to: schedule.window.toHour }) : null,
    schedule.frequency ? t(schedule.frequency.per === 'day' ? 'wizard.frequencyDay' : 'wizard.frequencyWeek', { low: schedule.frequency.low, high: schedule.frequency.high }) : null,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The ranking with its reasons (traceable to rules and benchmarks), schedule and tickable checklist. */
export function RecommendationView({
  recommendation,
  dataSet,
  checked,
  onCheck,
}: {
  recommendation: PlatformRecommendation;
  dataSet: BenchmarkDataSet;
  checked: readonly string[];
  onCheck?: (code: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const top = recommendation.ranking[0]!;
  return (
    <Stack data-testid="recommendation">
      <Title order={3} size="h4" data-testid="recommendation-top">
        {t('wizard.top', { platform: t(`platforms.${top.platform}`) })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {recommendation.ranking.map((rank) => (
          <Card key={rank.platform} withBorder data-testid={`rank-${rank.platform}`} data-rank={rank.rank}>
            <Group justify="space-between">
              <Text fw={700}>
                {rank.rank}. {t(`platforms.${rank.platform}`)}
              </Text>
              <Badge variant="light">{t('wizard.score', { score: rank.score })}</Badge>
            </Group>
            <Text size="sm" fw={500} data-testid="budget-split">
              {t('wizard.split', { percent: prefs.percent(rank.budgetShare, 0) })}
            </Text>
            <Text size="xs" fw={600} mt="xs">
              {t('wizard.reasons')}
            </Text>
            <List size="xs" spacing={2}>
              {rank.reasons.map((reason, i) => (
                <List.Item key={`${reason.code}-${i}`} c={reason.points < 0 ? 'orange.8' : undefined}>
                  {reason.points > 0 ? '+' : ''}
                  {reason.points} · {reasonText(reason, dataSet.currency, prefs, t)}
                </List.Item>
              ))}
            </List>
            <Text size="xs" fw={600} mt="xs">
              {t('wizard.schedule')}
            </Text>
            <Text size="xs">{scheduleText(rank.schedule, t)}</Text>
            <Text size="xs" fw={600} mt="xs">
              {t('wizard.checklist')}
            </Text>
            <Stack gap={2}>
              {rank.checklist.map((item) => (
                <Checkbox
                  key={item.code}
                  size="xs"
                  label={t(`wizard.checklistItems.${item.code}`, item.params as Record<string, number>)}
                  checked={checked.includes(item.code)}
                  onChange={(e) => onCheck?.(item.code, e.currentTarget.checked)}
                  readOnly={!onCheck}
                />
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('wizard.tieBreak')}
      </Text>
    </Stack>
  );
}
