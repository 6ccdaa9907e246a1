import { Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { allStages, type PartnershipSummary } from '@shared/domain/campaigns';
import { checkMove, pipelineStages, type PipelineStage } from '@shared/campaigns/pipeline';
import { checkCardMove, refusalText, useConfirmedStageMove } from './stage-move';

/** The next stage forward, when the pipeline allows it: the one-click move on a card. */
export function nextStage(stage: PipelineStage): PipelineStage | null {
  const index = (pipelineStages as readonly string[]).indexOf(stage);
  const next = index >= 0 ? pipelineStages[index + 1] : undefined;
  return next && checkMove(stage, next).allowed ? next : null;
}

/**
 * One-click "next stage" plus every other allowed move; refused moves never reach the backend from
 * here, and cancelling asks first. A move the pipeline allows but the deliverables do not yet
 * (approved, published) stays visible, disabled, with the reason, so it is clear what to do first.
 */
export function StageControls({ partnership: p, currency, size = 'xs' }: { partnership: PartnershipSummary; currency: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const { request, pending, dialog } = useConfirmedStageMove(currency);
  const next = nextStage(p.stage);
  const nextCheck = next ? checkCardMove(p, next) : null;
  const others = allStages.filter((s) => s !== next && checkMove(p.stage, s).allowed);
  const go = (to: PipelineStage) => request(p, to);
  return (
    <Stack gap={2}>
      <Group gap={4} wrap="nowrap">
        {next && (
          <Button
            size={size}
            variant="light"
            h="auto"
            py={4}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
            loading={pending}
            disabled={!nextCheck?.allowed}
            aria-describedby={nextCheck?.allowed ? undefined : reasonId}
            onClick={() => go(next)}
            aria-label={t('campaigns.board.moveNamed', { name: p.creatorName, stage: t(`campaigns.stages.${next}`) })}
          >
            → {t(`campaigns.stages.${next}`)}
          </Button>
        )}
        {others.length > 0 && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <Button size={size} variant="subtle" aria-label={t('campaigns.board.moveMenu', { name: p.creatorName })}>
                ⋯
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{t('campaigns.board.moveTo')}</Menu.Label>
              {others.map((s) => {
                const check = checkCardMove(p, s);
                return (
                  <Menu.Item key={s} color={s === 'cancelled' || s === 'declined' ? 'red' : undefined} disabled={!check.allowed} onClick={() => go(s)}>
                    {t(`campaigns.stages.${s}`)}
                    {s === 'cancelled' ? '…' : ''}
                    {!check.allowed && (
                      <Text size="xs" c="dimmed">
                        {refusalText(t, check)}
                      </Text>
                    )}
                  </Menu.Item>
                );
              })}
            </Menu.Dropdown>
          </Menu>
        )}
        {dialog}
      </Group>
      {nextCheck && !nextCheck.allowed && (
        <Text id={reasonId} size="xs" c="dimmed">
          {refusalText(t, nextCheck)}
        </Text>
      )}
    </Stack>
  );
}
