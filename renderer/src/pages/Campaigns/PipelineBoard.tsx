import { Anchor, Badge, Card, Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { checkMove, closedStages, pipelineStages, type PipelineStage } from '@shared/campaigns/pipeline';
import type { PartnershipSummary } from '@shared/domain/campaigns';
import { localToday } from '../../lib/dates';
import { usePreferences } from '../../preferences/preferences';
import { StageControls } from './StageControls';
import { checkCardMove, refusalText, useConfirmedStageMove } from './stage-move';
import { dealText } from './deal-text';
import { stageColor } from './stage-colors';

const columns = [...pipelineStages.map((s) => ({ key: s, stages: [s] as string[] })), { key: 'closed', stages: [...closedStages] as string[] }];

/** Where a card dropped on a column goes: its stage, or for "closed" declined before agreement and cancelled after. */
function dropTarget(columnKey: string, card: PartnershipSummary) {
  const to = columnKey !== 'closed' ? (columnKey as PipelineStage) : checkMove(card.stage, 'declined').allowed ? 'declined' : 'cancelled';
  return { to, check: checkCardMove(card, to) };
}

/**
 * The pipeline as a board: one column per stage (declined and cancelled share "closed"). Cards are
 * dragged to a column or moved with their buttons (the keyboard way); a drop the pipeline refuses
 * says why and changes nothing, and a drop that would cancel asks first.
 */
export function PipelineBoard({ campaignId, currency, partnerships }: { campaignId: number; currency: string; partnerships: PartnershipSummary[] }) {
  const { t } = useTranslation();
  const { request, dialog } = useConfirmedStageMove(currency);
  const [dragged, setDragged] = useState<PartnershipSummary | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const drop = (columnKey: string) => (event: DragEvent) => {
    event.preventDefault();
    setOver(null);
    const card = dragged;
    setDragged(null);
    if (!card || columnKey === card.stage || (columnKey === 'closed' && closedStages.includes(card.stage as 'declined'))) return;
    const { to, check } = dropTarget(columnKey, card);
    if (check.allowed) request(card, to);
    else notifications.show({ color: 'red', message: refusalText(t, check) });
  };
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
        {columns.map((column) => {
          const cards = partnerships.filter((p) => column.stages.includes(p.stage));
          const label = column.key === 'closed' ? t('campaigns.board.closed') : t(`campaigns.stages.${column.key}`);
          return (
            <Stack
              key={column.key}
              w={220}
              miw={220}
              mih={200}
              gap="xs"
              p={4}
              role="region"
              aria-label={label}
              data-stage={column.key}
              style={{
                borderRadius: 'var(--mantine-radius-sm)',
                outline: over === column.key && dragged ? `2px dashed var(--mantine-color-${dropTarget(column.key, dragged).check.allowed ? 'teal' : 'red'}-5)` : undefined,
              }}
              onDragOver={(e) => {
                if (!dragged) return;
                e.preventDefault();
                setOver(column.key);
              }}
              onDragLeave={() => setOver((o) => (o === column.key ? null : o))}
              onDrop={drop(column.key)}
            >
              <Group justify="space-between">
                <Title order={3} size="h6">
                  {label}
                </Title>
                <Badge size="sm" variant="light" color="gray">
                  {cards.length}
                </Badge>
              </Group>
              {cards.map((p) => (
                <PartnershipCard key={p.id} campaignId={campaignId} currency={currency} partnership={p} onDragStart={() => setDragged(p)} onDragEnd={() => setDragged(null)} />
              ))}
            </Stack>
          );
        })}
      </Group>
      {dialog}
    </ScrollArea>
  );
}

function PartnershipCard({
  campaignId,
  currency,
  partnership: p,
  onDragStart,
  onDragEnd,
}: {
  campaignId: number;
  currency: string;
  partnership: PartnershipSummary;
  onDragStart: () => void;
  onDragEnd: () => void;
}) {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const overdue = p.nextDueDate !== null && p.nextDueDate < localToday();
  const deal = dealText(p.terms, currency, t, prefs);
  return (
    <Card
      withBorder
      padding="xs"
      data-testid={`card-${p.creatorName}`}
      draggable
      style={{ cursor: 'grab' }}
      onDragStart={(e: DragEvent) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', p.creatorName);
        onDragStart();
      }}
      onDragEnd={onDragEnd}
    >
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
        {deal && <Text size="xs">{t('campaigns.board.deal', { terms: deal })}</Text>}
        {p.deliverableCount > 0 && (
          <Text size="xs" c={overdue ? 'red' : undefined}>
            {t('campaigns.board.deliverables', { done: p.deliverablesDone, count: p.deliverableCount })}
            {p.nextDueDate && ` · ${t(overdue ? 'campaigns.board.overdueSince' : 'campaigns.board.nextDue', { date: prefs.date(p.nextDueDate) })}`}
          </Text>
        )}
        <StageControls partnership={p} currency={currency} />
      </Stack>
    </Card>
  );
}
