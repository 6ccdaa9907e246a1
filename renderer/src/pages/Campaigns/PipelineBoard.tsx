import { Anchor, Badge, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { closedStages, pipelineStages } from '@shared/campaigns/pipeline';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import { localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { StageControls } from './StageControls';
import { stageColor } from './stage-colors';

const columns = [...pipelineStages.map((s) => ({ key: s, stages: [s] as string[] })), { key: 'closed', stages: [...closedStages] as string[] }];

/** The pipeline as a board: one column per stage (declined and cancelled share "closed"). */
export function PipelineBoard({ campaignId, currency, partnerships }: { campaignId: number; currency: string; partnerships: PartnershipSummary[] }) {
  const { t } = useTranslation();
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {columns.map((column) => {
          const cards = partnerships.filter((p) => column.stages.includes(p.stage));
          const label = column.key === 'closed' ? t('campaigns.board.closed') : t(`campaigns.stages.${column.key}`);
          return (
            <Stack key={column.key} w={210} miw={210} gap="xs" role="region" aria-label={label} data-stage={column.key}>
              <Group justify="space-between">
                <Title order={3} size="h6">
                  {label}
                </Title>
                <Badge size="sm" variant="light" color="gray">
                  {cards.length}
                </Badge>
              </Group>
              {cards.map((p) => (
                <PartnershipCard key={p.id} campaignId={campaignId} currency={currency} partnership={p} />
              ))}
            </Stack>
          );
        })}
      </Group>
    </ScrollArea>
  );
}

function PartnershipCard({ campaignId, currency, partnership: p }: { campaignId: number; currency: string; partnership: PartnershipSummary }) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const overdue = p.nextDueDate !== null && p.nextDueDate < localToday();
  return (
    <Card withBorder padding="xs" data-testid={`card-${p.creatorName}`}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/campaigns/${campaignId}/partnerships/${p.id}`} fw={600} size="sm">
          {p.creatorName}
        </Anchor>
        {p.creatorDeleted && (
          <Badge size="xs" color="red" variant="light">
            {t('campaigns.board.creatorDeleted')}
          </Badge>
        )}
        {p.handles.slice(0, 2).map((h) => (
          <Text key={`${h.platform}:${h.handle}`} size="xs" c="dimmed">
            {t(`platforms.${h.platform}`)} @{h.handle} · {prefs.number(h.followers)}
          </Text>
        ))}
        {p.stage === 'declined' || p.stage === 'cancelled' ? (
          <Badge size="xs" color={stageColor[p.stage]}>
            {t(`campaigns.stages.${p.stage}`)}
          </Badge>
        ) : null}
        {p.terms.cash !== null && <Text size="xs">{t('campaigns.board.cash', { amount: prefs.money(p.terms.cash, currency) })}</Text>}
        {p.deliverableCount > 0 && (
          <Text size="xs" c={overdue ? 'red' : undefined}>
            {t('campaigns.board.deliverables', { done: p.deliverablesDone, count: p.deliverableCount })}
            {p.nextDueDate && ` · ${t(overdue ? 'campaigns.board.overdueSince' : 'campaigns.board.nextDue', { date: prefs.date(p.nextDueDate) })}`}
          </Text>
        )}
        <StageControls id={p.id} stage={p.stage} creatorName={p.creatorName} />
      </Stack>
    </Card>
  );
}
